import { LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { planCluster } from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import {
  CloudProviderEntity,
  clusterRequestFromEntity,
  createProviderCatalogue,
  defaultCloudProviders,
  mergeCloudProviders,
  ProviderCatalogue,
  SovereignClusterEntity,
  validateCloudProvider,
  validateSovereignCluster,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  DefaultKubernetesClientFactory,
  INFRASTRUCTURE_PROVIDERS,
  KubernetesObject,
  rendererForProvider,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  crdsFor,
  KubernetesTestServer,
} from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';

/**
 * The demo portal's Cluster API management cluster: a Kubernetes test server
 * on loopback holding the `Cluster` objects of the example fleet's clusters
 * that name it, as the provision action would have left them. Demo only:
 * nothing here reaches a real cluster or cloud.
 */
export type DemoManagementCluster = {
  /** Name of its `sovereignCloud.kubernetes.clusters` entry. */
  name: string;
  kubernetes: { url: string; token: string };
  /** The Cluster objects it holds, as `namespace/name`. */
  clusters: string[];
  /** Example clusters that name it but could not be rendered, and why. */
  skipped: { name: string; reason: string }[];
  stop(): Promise<void>;
};

/** What the provision action applies with (PROVISION_FIELD_MANAGER of the scaffolder module). */
export const SCAFFOLDER_FIELD_MANAGER = 'sovereign-cloud-scaffolder';
/** The Cluster API topology controller's field manager. */
export const TOPOLOGY_FIELD_MANAGER = 'capi-topology';

/**
 * Control-plane machine type per Cluster API provider: the default of the
 * shipped ClusterClass (templates/clusterclasses/<provider>/). A
 * SovereignCluster does not record it; the day-2 templates take it as
 * "Control-plane machine type", and the same value there gives a diff of the
 * change alone.
 */
export const DEMO_CONTROL_PLANE_MACHINE_TYPES: Record<string, string> = {
  hetzner: 'cx33',
  ionos: 'VCPU-4-8',
  scaleway: 'PRO2-S',
  openstack: 'SCS-4V-8',
  metal3: 'default',
  aws: 'm6i.large',
  stackit: 'c2i.2',
};

/**
 * Provider settings the renderers require (ids of data centres, networks,
 * images). Made-up demo values: documentation addresses and `demo-` ids.
 */
const DEMO_PROVIDER_SETTINGS: Record<string, Record<string, string>> = {
  ionos: {
    datacenterID: 'demo-datacenter',
    // ionos-fra-prod has a pool in the second Frankfurt data centre.
    'datacenterID:de/fra/2': 'demo-datacenter-2',
    controlPlaneEndpointHost: '192.0.2.10',
    imageID: 'demo-capi-image',
  },
  scaleway: { projectID: 'demo-project' },
  openstack: { externalNetworkID: 'demo-external-network' },
  metal3: {
    controlPlaneEndpointHost: '192.0.2.20',
    imageURL: 'https://images.demo.invalid/ubuntu-2404-kube.qcow2',
    imageChecksum: 'https://images.demo.invalid/ubuntu-2404-kube.qcow2.sha256',
  },
};

/** How often the test server's request record is emptied: the demo never reads it. */
const FORGET_REQUESTS_MS = 60_000;

/** The catalogue the portal's catalog serves: the built-in providers and the config's inline overrides. */
export function demoProviderCatalogue(overrides: unknown): ProviderCatalogue {
  const valid = (Array.isArray(overrides) ? overrides : [])
    .map(entry => validateCloudProvider(entry))
    .filter(result => result.valid)
    .map(result => (result as { entity: CloudProviderEntity }).entity);
  return createProviderCatalogue(
    mergeCloudProviders(defaultCloudProviders(), valid),
  );
}

/** `mgmt-fra` or `sovereigncluster:default/mgmt-fra` → `mgmt-fra`, as the changes route reads it. */
function managementNameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1).replace(/^[^:]*:/, '');
}

/**
 * What the topology controller writes into a reconciled Cluster: the
 * reference to the provider's cluster object it generated.
 */
function topologyOwnedFields(
  cluster: KubernetesObject,
  renderer: string,
): KubernetesObject {
  const facts =
    INFRASTRUCTURE_PROVIDERS[renderer as keyof typeof INFRASTRUCTURE_PROVIDERS];
  const kind = facts.kinds.cluster.replace(/Template$/, '');
  const name = `${cluster.metadata.name}-demo1`;
  const infrastructureRef = cluster.apiVersion.endsWith('/v1beta1')
    ? {
        apiVersion: facts.infrastructureApiVersion,
        kind,
        name,
        namespace: cluster.metadata.namespace,
      }
    : {
        apiGroup: facts.infrastructureApiVersion.split('/')[0],
        kind,
        name,
      };
  return {
    apiVersion: cluster.apiVersion,
    kind: cluster.kind,
    metadata: {
      name: cluster.metadata.name,
      namespace: cluster.metadata.namespace,
    },
    spec: { infrastructureRef },
  };
}

/** The plugins' client wants a logger; the demo's start says what matters on the console. */
const quietLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return quietLogger;
  },
};

type Rendered = {
  renderer: string;
  manifests: KubernetesObject[];
  cluster: KubernetesObject;
};

/**
 * Renders each example cluster that names the management cluster with the
 * suite's own planner (request from the entity, the provider's ClusterClass
 * default control-plane machine type).
 */
export function renderDemoFleet(options: {
  name: string;
  entities: unknown[];
  catalogue: ProviderCatalogue;
}): { rendered: Rendered[]; skipped: DemoManagementCluster['skipped'] } {
  const rendered: Rendered[] = [];
  const skipped: DemoManagementCluster['skipped'] = [];
  for (const input of options.entities) {
    const result = validateSovereignCluster(input);
    if (!result.valid) continue;
    const entity: SovereignClusterEntity = result.entity;
    const management = entity.spec.management;
    if (
      management?.type !== 'cluster-api' ||
      managementNameOf(management.managementCluster) !== options.name
    ) {
      continue;
    }
    const provider = options.catalogue.find(entity.spec.provider);
    const renderer = provider ? rendererForProvider(provider) : undefined;
    const facts = renderer
      ? INFRASTRUCTURE_PROVIDERS[
          renderer as keyof typeof INFRASTRUCTURE_PROVIDERS
        ]
      : undefined;
    if (!renderer || facts?.engine !== 'cluster-api') {
      skipped.push({
        name: entity.metadata.name,
        reason: `provider ${entity.spec.provider} has no Cluster API path`,
      });
      continue;
    }
    try {
      const request = clusterRequestFromEntity(entity, {
        controlPlane: {
          machineType: DEMO_CONTROL_PLANE_MACHINE_TYPES[renderer] ?? 'default',
        },
      });
      const plan = planCluster(request, {
        catalogue: options.catalogue,
        settings: DEMO_PROVIDER_SETTINGS[renderer],
      });
      const cluster = plan.manifests.find(
        o =>
          o.kind === 'Cluster' && o.apiVersion.startsWith('cluster.x-k8s.io/'),
      );
      if (!cluster) throw new Error('the plan has no Cluster API Cluster');
      rendered.push({ renderer, manifests: plan.manifests, cluster });
    } catch (error) {
      skipped.push({
        name: entity.metadata.name,
        reason: (error instanceof Error ? error.message : String(error))
          .split('\n')
          .join(' '),
      });
    }
  }
  return { rendered, skipped };
}

export async function startDemoManagementCluster(options: {
  name: string;
  /** `sovereignCloud.catalog.clusters`: the example fleet. */
  entities: unknown[];
  catalogue: ProviderCatalogue;
}): Promise<DemoManagementCluster> {
  const { rendered, skipped } = renderDemoFleet(options);
  // A random bearer token per start (the server's default).
  const server = await KubernetesTestServer.start({
    name: options.name,
    objects: crdsFor(rendered.flatMap(r => r.manifests)),
  });
  try {
    const token = server.token;
    if (!token) {
      throw new Error('the demo management cluster has no bearer token');
    }
    const client = DefaultKubernetesClientFactory.fromConfig(
      new ConfigReader({
        sovereignCloud: {
          kubernetes: {
            clusters: [{ name: options.name, url: server.url, token }],
          },
        },
      }),
      { logger: quietLogger },
    ).forConfiguredCluster(options.name);
    for (const { renderer, manifests, cluster } of rendered) {
      // As the provision action left them, then as the topology controller reconciled them.
      await client.apply(manifests, { fieldManager: SCAFFOLDER_FIELD_MANAGER });
      await client.apply([topologyOwnedFields(cluster, renderer)], {
        fieldManager: TOPOLOGY_FIELD_MANAGER,
      });
    }
    const forget = setInterval(
      () => server.clearRequests(),
      FORGET_REQUESTS_MS,
    );
    forget.unref();
    return {
      name: options.name,
      kubernetes: { url: server.url, token },
      clusters: rendered.map(
        r => `${r.cluster.metadata.namespace}/${r.cluster.metadata.name}`,
      ),
      skipped,
      async stop() {
        clearInterval(forget);
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
