import {
  CLUSTER_REQUEST_KIND,
  CloudProviderEntity,
  ClusterRequest,
  cloudProviderRefKey,
  createProviderCatalogue,
  defaultCloudProviders,
  EntityValidationError,
  findProviderLocation,
  parseClusterRequest,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { awsRenderer } from './aws';
import { hetznerRenderer } from './hetzner';
import { ionosRenderer } from './ionos';
import { metal3Renderer } from './metal3';
import { openstackRenderer } from './openstack';
import { openTelekomCloudRenderer } from './openTelekomCloud';
import {
  ClusterRendererId,
  INFRASTRUCTURE_PROVIDERS,
  PROVIDER_RENDERERS,
  PROVISIONING_RENDERERS,
} from './providers';
import { scalewayRenderer } from './scaleway';
import { stackitRenderer } from './stackit';
import {
  ClusterRenderer,
  ClusterRenderOptions,
  RenderContext,
  RenderedPool,
} from './types';

/**
 * The renderer of every provisioning engine.
 * @public
 */
export const CLUSTER_RENDERERS: Readonly<
  Record<ClusterRendererId, ClusterRenderer>
> = {
  hetzner: hetznerRenderer,
  ionos: ionosRenderer,
  scaleway: scalewayRenderer,
  openstack: openstackRenderer,
  metal3: metal3Renderer,
  aws: awsRenderer,
  stackit: stackitRenderer,
  'open-telekom-cloud': openTelekomCloudRenderer,
};

const pathText = (path: ReadonlyArray<string | number>) =>
  path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text ? `${text}.${segment}` : segment;
  }, '') || '<root>';

function provisioningKey(
  path: CloudProviderEntity['spec']['provisioning'][number],
): string | undefined {
  if (path.method === 'cluster-api') return path.infrastructureProvider;
  return path.method === 'crossplane' ? path.crossplaneProvider : undefined;
}

/**
 * Which renderer serves a provider: by name (hetzner, ovhcloud, …), else by
 * the Cluster API or Crossplane provider its catalogue entry names.
 * @public
 */
export function rendererForProvider(
  provider: CloudProviderEntity,
): ClusterRendererId | undefined {
  const byName = PROVIDER_RENDERERS[provider.metadata.name];
  if (byName) return byName;
  for (const path of provider.spec.provisioning) {
    const key = provisioningKey(path);
    if (key && PROVISIONING_RENDERERS[key]) return PROVISIONING_RENDERERS[key];
  }
  return undefined;
}

function offered(provider: CloudProviderEntity): string {
  return provider.spec.locations.map(l => l.id).join(', ') || 'none';
}

/**
 * Renders the management-cluster objects of a cluster request: for Cluster
 * API providers the namespace and a topology `Cluster` that references the
 * provider's shipped ClusterClass (templates/clusterclasses/<renderer>/) and
 * its credentials by name; for Open Telekom Cloud the Crossplane CCE objects.
 * Throws an `InputError` ({@link @sovereign-cloud/plugin-sovereign-cloud-common#EntityValidationError})
 * naming each field at fault: unknown provider, a location the provider does
 * not offer, STACKIT without `experimental`, missing provider settings.
 * @public
 */
export function renderClusterManifests(
  input: ClusterRequest,
  options: ClusterRenderOptions = {},
): KubernetesObject[] {
  const request = parseClusterRequest(input);
  const problems: ValidationProblem[] = [];
  const reject = (path: ReadonlyArray<string | number>, message: string) =>
    problems.push({ path: pathText(path), message });
  const fail = () =>
    new EntityValidationError(CLUSTER_REQUEST_KIND, request.name, problems);

  const catalogue =
    options.catalogue ?? createProviderCatalogue(defaultCloudProviders());
  const provider = catalogue.find(request.provider);
  if (!provider) {
    reject(
      ['provider'],
      `provider ${JSON.stringify(
        request.provider,
      )} is not in the provider catalogue`,
    );
    throw fail();
  }
  const rendererId = options.renderer ?? rendererForProvider(provider);
  if (!rendererId) {
    reject(
      ['provider'],
      `provider ${
        provider.metadata.name
      } has no provisioning path the suite can render (renderers: ${Object.keys(
        CLUSTER_RENDERERS,
      ).join(', ')})`,
    );
    throw fail();
  }
  const renderer = CLUSTER_RENDERERS[rendererId];
  const facts = INFRASTRUCTURE_PROVIDERS[rendererId];
  if (facts.experimental && request.experimental !== true) {
    reject(
      ['experimental'],
      `must be true to provision at ${provider.metadata.name}: ${
        facts.title
      } is experimental (${facts.note ?? 'no release'})`,
    );
  }

  // A provider without locations is a template (own data centre): nothing to check against.
  const checked = provider.spec.locations.length > 0;
  const locationOf = (value: string) => findProviderLocation(provider, value);
  const checkLocation = (
    value: string,
    path: ReadonlyArray<string | number>,
  ) => {
    if (checked && !locationOf(value)) {
      reject(
        path,
        `location ${JSON.stringify(value)} is not offered by provider ${
          provider.metadata.name
        } (offered: ${offered(provider)})`,
      );
    }
  };
  request.locations.forEach((location, i) =>
    checkLocation(location, ['locations', i]),
  );
  if (request.controlPlane.location) {
    checkLocation(request.controlPlane.location, ['controlPlane', 'location']);
  }
  const ownKey = cloudProviderRefKey(request.provider);
  const pools: RenderedPool[] = [];
  request.nodePools.forEach((pool, index) => {
    // Pools of another provider (edge, bare metal) join over the overlay; nothing to create here.
    if (pool.provider && cloudProviderRefKey(pool.provider) !== ownKey) return;
    checkLocation(pool.location, ['nodePools', index, 'location']);
    const location = locationOf(pool.location);
    pools.push({
      pool,
      index,
      location,
      zone: location?.zones?.includes(pool.location)
        ? pool.location
        : undefined,
    });
  });

  const settings = options.settings ?? {};
  for (const [name, description] of Object.entries(renderer.requiredSettings)) {
    if (!settings[name]) {
      reject(
        ['settings', name],
        `is required for ${facts.title}: ${description} (a provider setting, not part of the request)`,
      );
    }
  }
  if (problems.length) throw fail();

  const controlPlaneValue =
    request.controlPlane.location ?? request.locations[0];
  const context: RenderContext = {
    request,
    provider,
    facts,
    settings,
    credentialsName: options.credentialsName ?? facts.credentials?.defaultName,
    clusterClassNamespace: options.clusterClassNamespace,
    pools,
    controlPlaneLocation:
      locationOf(controlPlaneValue)?.id ?? controlPlaneValue,
    locationOf,
    reject,
  };
  const objects = renderer.render(context);
  if (problems.length) throw fail();
  return objects;
}
