import {
  CloudProviderEntity,
  findProviderLocation,
  LABEL_SOVEREIGN_CLOUD_NODE_LOCATION,
  LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER,
  locationFromNodeLabelValue,
  NodeRole,
  ProviderCatalogue,
  ProviderLocation,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../../kubernetes/types';
import { parseQuantity } from './parseQuantity';

/** How a node's provider was found (sovereignty-model §4.1, first match wins). */
export type NodeDetection =
  | 'label'
  | 'provider-id'
  | 'vendor-label'
  | 'region-code'
  | 'unknown';

/** A node as the evidence needs it. */
export interface LocatedNode {
  name: string;
  role: NodeRole;
  /** Catalogue provider id, the declared label value, or `unknown`. */
  provider: string;
  /** Catalogue location id, e.g. `de/fra`. */
  location?: string;
  country?: string;
  how: NodeDetection;
  /** Allocatable CPU. */
  vcpu: number;
  gpus: number;
  kubeletVersion?: string;
}

interface NodeObject extends KubernetesObject {
  spec?: { providerID?: string };
  status?: {
    allocatable?: Record<string, string>;
    capacity?: Record<string, string>;
    nodeInfo?: { kubeletVersion?: string };
  };
}

export const UNKNOWN_PROVIDER = 'unknown';

const ZONE_LABELS = [
  'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/zone',
];
const REGION_LABELS = [
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/region',
];
const CONTROL_PLANE_LABELS = [
  'node-role.kubernetes.io/control-plane',
  'node-role.kubernetes.io/master',
];
const GPU_RESOURCE = /^(nvidia\.com|amd\.com)\/gpu$|^gpu\.intel\.com\//;

// Zones some cloud controllers put into provider IDs (§4.1 rule 2).
const PROVIDER_ID_ZONES = [
  /^aws:\/\/\/([^/]+)\//, // aws:///eu-central-1a/i-0abc
  /^scaleway:\/\/(?:instance|baremetal)\/([^/]+)\//, // scaleway://instance/fr-par-1/<uuid>
  /^gce:\/\/[^/]+\/([^/]+)\//, // gce://<project>/<zone>/<name>
];

/** Values that may name the node's location, most specific first. */
function locationValues(labels: Record<string, string>, providerId: string) {
  const values: string[] = [];
  const declared = labels[LABEL_SOVEREIGN_CLOUD_NODE_LOCATION];
  if (declared) values.push(locationFromNodeLabelValue(declared));
  for (const key of [...ZONE_LABELS, ...REGION_LABELS]) {
    if (labels[key]) values.push(labels[key]);
  }
  for (const pattern of PROVIDER_ID_ZONES) {
    const zone = pattern.exec(providerId)?.[1];
    if (zone) values.push(zone);
  }
  return [...new Set(values)];
}

/**
 * Spellings of one location value at one provider: as is, with `_` or `-`
 * for `/` (label values cannot hold `/`, so `de/fra` may appear as `de_fra`
 * or `de-fra`), and an AWS-style zone without its letter (`eu-central-1a`).
 */
function spellings(value: string): string[] {
  const zoneless = /^(.*\d)[a-z]$/.exec(value)?.[1];
  return [
    ...new Set([
      value,
      value.replace(/_/g, '/'),
      value.replace(/-/g, '/'),
      ...(zoneless ? [zoneless] : []),
    ]),
  ];
}

function locationAt(
  provider: CloudProviderEntity,
  values: string[],
): ProviderLocation | undefined {
  for (const value of values) {
    for (const spelling of spellings(value)) {
      const found = findProviderLocation(provider, spelling);
      if (found) return found;
    }
  }
  return undefined;
}

function prefixesOf(provider: CloudProviderEntity): string[] {
  return provider.spec.detection?.providerIdPrefixes?.value ?? [];
}

function labelKeysOf(provider: CloudProviderEntity): string[] {
  return provider.spec.detection?.nodeLabelKeys?.value ?? [];
}

/**
 * Of several providers that fit, the one whose catalogue knows the node's
 * location; a lone candidate even without one.
 */
function pick(
  candidates: CloudProviderEntity[],
  values: string[],
): { provider: CloudProviderEntity; location?: ProviderLocation } | undefined {
  if (candidates.length === 1) {
    return {
      provider: candidates[0],
      location: locationAt(candidates[0], values),
    };
  }
  const located = candidates
    .map(provider => ({ provider, location: locationAt(provider, values) }))
    .filter(c => c.location);
  return located.length === 1 ? located[0] : undefined;
}

function site(
  provider: string,
  how: NodeDetection,
  location?: ProviderLocation,
): Pick<LocatedNode, 'provider' | 'how' | 'location' | 'country'> {
  return {
    provider,
    how,
    ...(location ? { location: location.id, country: location.country } : {}),
  };
}

function detect(
  labels: Record<string, string>,
  providerId: string,
  catalogue: ProviderCatalogue,
): Pick<LocatedNode, 'provider' | 'how' | 'location' | 'country'> {
  const values = locationValues(labels, providerId);

  const declared = labels[LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER];
  if (declared) {
    const provider = catalogue.find(declared);
    return provider
      ? site(provider.metadata.name, 'label', locationAt(provider, values))
      : site(declared, 'label');
  }

  const providers = catalogue.providers;
  if (providerId) {
    const found = pick(
      providers.filter(p => prefixesOf(p).some(x => providerId.startsWith(x))),
      values,
    );
    if (found)
      return site(found.provider.metadata.name, 'provider-id', found.location);
  }

  const keys = Object.keys(labels);
  const byLabel = pick(
    providers.filter(p =>
      labelKeysOf(p).some(part => keys.some(k => k.includes(part))),
    ),
    values,
  );
  if (byLabel)
    return site(
      byLabel.provider.metadata.name,
      'vendor-label',
      byLabel.location,
    );

  // Region codes alone: only exact spellings, and only when one provider fits.
  const byRegion = providers
    .map(provider => ({
      provider,
      location: values
        .map(v => findProviderLocation(provider, v))
        .find(Boolean),
    }))
    .filter(c => c.location);
  if (byRegion.length === 1) {
    return site(
      byRegion[0].provider.metadata.name,
      'region-code',
      byRegion[0].location,
    );
  }
  return site(UNKNOWN_PROVIDER, 'unknown');
}

function gpusOf(allocatable: Record<string, string>): number {
  let gpus = 0;
  for (const [resource, amount] of Object.entries(allocatable)) {
    if (GPU_RESOURCE.test(resource))
      gpus += Math.floor(parseQuantity(amount) ?? 0);
  }
  return gpus;
}

/**
 * A node's role, allocatable CPU and GPUs, kubelet version, provider and
 * location: the operator's `sovereign-cloud.io/provider|location` labels
 * first, then the `spec.providerID` scheme, vendor label keys and region
 * codes, matched against the provider catalogue.
 */
export function locateNode(
  node: KubernetesObject,
  catalogue: ProviderCatalogue,
): LocatedNode {
  const { metadata, spec, status } = node as NodeObject;
  const labels = metadata.labels ?? {};
  const allocatable = status?.allocatable ?? status?.capacity ?? {};
  const vcpu = parseQuantity(allocatable.cpu);
  const kubeletVersion = status?.nodeInfo?.kubeletVersion;
  return {
    name: metadata.name ?? '',
    role: CONTROL_PLANE_LABELS.some(l => l in labels)
      ? 'control-plane'
      : 'worker',
    ...detect(labels, spec?.providerID ?? '', catalogue),
    vcpu: vcpu !== undefined && vcpu > 0 ? vcpu : 0,
    gpus: gpusOf(allocatable),
    ...(kubeletVersion ? { kubeletVersion } : {}),
  };
}
