import { Entity } from '@backstage/catalog-model';
import { JsonObject, JsonValue } from '@backstage/types';
import {
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const METADATA_KEYS = [
  'name',
  'namespace',
  'title',
  'description',
  'labels',
  'annotations',
  'tags',
  'links',
];
const SHORTHAND_KEYS = [
  'location',
  'kubernetesVersion',
  'distribution',
  'mesh',
  'managementCluster',
];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when a config entry is written as a whole entity rather than in the compact form. */
export function isEntityForm(value: JsonObject): boolean {
  return (
    'apiVersion' in value ||
    'kind' in value ||
    'metadata' in value ||
    'spec' in value
  );
}

/**
 * Expands the compact form of a configured cluster: the entity name and
 * metadata fields on top, every other key a `spec` field, plus shorthands
 * (`location`, `kubernetesVersion`, `distribution: talos`, `mesh`,
 * `managementCluster: { name, namespace, clusterName }`). Only what is
 * written ends up in the result, so it can be merged over discovered facts;
 * {@link withCompactDefaults} fills the rest for clusters nothing else knows.
 */
export function expandCompactCluster(compact: JsonObject): Entity {
  const metadata: JsonObject = {};
  const spec: JsonObject = {};
  for (const [key, value] of Object.entries(compact)) {
    if (METADATA_KEYS.includes(key)) metadata[key] = value;
    else if (!SHORTHAND_KEYS.includes(key)) spec[key] = value;
  }
  const { location, kubernetesVersion, distribution, mesh, managementCluster } =
    compact;

  if (location !== undefined && spec.locations === undefined)
    spec.locations = [location];
  if (distribution !== undefined || kubernetesVersion !== undefined) {
    spec.distribution = {
      ...(isObject(distribution) ? distribution : {}),
      ...(typeof distribution === 'string' ? { name: distribution } : {}),
      ...(kubernetesVersion !== undefined
        ? { version: kubernetesVersion }
        : {}),
    };
  }
  if (mesh !== undefined) {
    spec.network = { ...(isObject(spec.network) ? spec.network : {}), mesh };
  }
  if (managementCluster !== undefined) {
    spec.management = managementFrom(managementCluster);
  }
  return {
    apiVersion: SOVEREIGN_CLOUD_API_VERSION,
    kind: SOVEREIGN_CLUSTER_KIND,
    metadata: metadata as Entity['metadata'],
    spec,
  };
}

function managementFrom(value: JsonValue): JsonValue {
  const ref = typeof value === 'string' ? { name: value } : value;
  if (!isObject(ref)) return value; // left for validation to report
  return {
    type: 'cluster-api',
    managementCluster: ref.name ?? null,
    namespace: ref.namespace ?? 'default',
    ...(ref.clusterName !== undefined ? { clusterName: ref.clusterName } : {}),
  };
}

/**
 * Defaults for a compact cluster that no other source describes: kubeadm,
 * no overlay, managed outside the suite. Declared values are kept.
 */
export function withCompactDefaults(entity: Entity): Entity {
  const spec = entity.spec ?? {};
  const distribution = isObject(spec.distribution)
    ? spec.distribution
    : undefined;
  return {
    ...entity,
    spec: {
      ...spec,
      ...(distribution
        ? { distribution: { name: 'kubeadm', ...distribution } }
        : {}),
      network: isObject(spec.network)
        ? { overlay: 'none', encryption: { mode: 'none' }, ...spec.network }
        : spec.network ?? { overlay: 'none', encryption: { mode: 'none' } },
      management: spec.management ?? {
        type: 'external',
        description: 'Declared in app-config',
      },
    },
  };
}
