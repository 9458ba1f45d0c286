import { z } from 'zod';
import {
  SovereignClusterSpec,
  ClusterNetwork,
} from '../entities/SovereignCluster';
import {
  FAILURE_DOMAIN_LEVELS,
  NETWORK_OVERLAYS,
  STORAGE_BACKENDS,
  TAINT_EFFECTS,
} from '../entities/vocabulary';
import { cloudProviderRefKey } from '../entities/references';
import { policySchema } from '../schema/cluster/policy';
import {
  cidr,
  dnsLabel,
  entityRef,
  httpUrl,
  kubernetesVersion,
  labelKey,
  labelValue,
  locationId,
} from '../schema/formats';
import { rule, RuleContext } from '../schema/rules';
import { positiveInteger, text } from '../schema/text';
import { itself, keyOf, uniqueBy } from '../schema/uniqueness';
import { EntityValidationError } from '../validation/EntityValidationError';
import { entityNameOf, runChecks } from '../validation/runChecks';

/*
 * What a person asks for when they want a new cluster. It is narrower than a
 * SovereignCluster spec (no declarations, no access, no status) and maps onto
 * one with clusterRequestToSpec.
 */

const taint = z.strictObject({
  key: labelKey,
  value: labelValue.optional(),
  effect: z.enum(TAINT_EFFECTS),
});

const nodePool = z
  .strictObject({
    name: dnsLabel.describe(
      'Pool name; becomes the Cluster API machine deployment name.',
    ),
    provider: entityRef('CloudProvider')
      .describe(
        "CloudProvider of this pool when it is not the cluster's (edge or bare-metal pools joined over the overlay).",
      )
      .optional(),
    location: locationId.describe(
      'Location id (or zone) of the pool; the failure domain of its machines.',
    ),
    machineType: text()
      .max(128)
      .describe('Machine type, flavour or host class at the provider.')
      .meta({ examples: ['cx33', 'PRO2-S', 'SCS-4V-8'] }),
    count: positiveInteger().describe('Number of nodes.'),
    labels: z.record(labelKey, labelValue).describe('Node labels.').optional(),
    taints: z
      .array(taint)
      .check(uniqueBy(item => keyOf(item, 'key', 'effect')))
      .describe('Node taints.')
      .optional(),
  })
  .describe('A group of identical worker nodes in one location.');

const controlPlane = z
  .strictObject({
    replicas: positiveInteger()
      .describe('Control-plane machines; 1, 3 or 5 (etcd needs an odd number).')
      .check(
        rule<number>((replicas, ctx) => {
          if (replicas % 2 === 0)
            ctx.report(
              [],
              `must be odd (stacked etcd needs a majority), got ${replicas}`,
            );
        }),
      ),
    machineType: text()
      .max(128)
      .describe('Machine type of the control-plane machines.'),
    location: locationId
      .describe(
        'Location of the control plane; defaults to the first of locations.',
      )
      .optional(),
  })
  .describe('The control plane, at the cluster provider.');

const network = z
  .strictObject({
    overlay: z
      .enum(NETWORK_OVERLAYS)
      .describe(
        'How nodes reach each other: cilium-wireguard (Cilium with WireGuard encryption), kilo (WireGuard mesh for edge and bare-metal pools), kubespan (Talos), none.',
      ),
    mesh: entityRef('Resource')
      .describe('Resource entity of spec.type cluster-mesh this cluster joins.')
      .optional(),
    podCidr: cidr.describe('Pod CIDR; allocated when left out.').optional(),
    serviceCidr: cidr
      .describe('Service CIDR; allocated when left out.')
      .optional(),
  })
  .describe('Overlay network and cluster mesh.');

const storage = z
  .strictObject({
    backend: z
      .enum(STORAGE_BACKENDS)
      .describe(
        'rook-ceph, longhorn, simplyblock, or provider-csi (the provider CSI driver).',
      ),
    replication: positiveInteger().describe('Copies of each block of data.'),
    failureDomain: z
      .enum(FAILURE_DOMAIN_LEVELS)
      .describe('Topology level replicas are spread across.'),
  })
  .describe('Persistent storage.');

const observability = z
  .strictObject({
    enabled: z.boolean().describe('Install the metrics and telemetry stack.'),
    remoteWrite: z
      .strictObject({ url: httpUrl })
      .describe('Prometheus remote-write receiver for the fleet.')
      .optional(),
  })
  .describe('Metrics and telemetry.');

const management = z
  .strictObject({
    managementCluster: entityRef('SovereignCluster').describe(
      'SovereignCluster that runs Cluster API (or Crossplane) for this cluster.',
    ),
    namespace: dnsLabel.describe(
      'Namespace in the management cluster for the cluster objects and credential Secrets.',
    ),
  })
  .describe('Where the cluster objects are reconciled.');

function checkLocations(
  request: {
    provider: string;
    locations: string[];
    controlPlane: { location?: string };
    nodePools: { provider?: string; location: string }[];
  },
  ctx: RuleContext,
) {
  const listed = new Set(request.locations);
  const location = request.controlPlane.location;
  if (location !== undefined && !listed.has(location)) {
    ctx.report(
      ['controlPlane', 'location'],
      `must be one of locations (${request.locations.join(
        ', ',
      )}), got ${JSON.stringify(location)}`,
    );
  }
  const own = cloudProviderRefKey(request.provider);
  request.nodePools.forEach((pool, index) => {
    // Pools of another provider live outside the cluster provider's locations.
    const elsewhere =
      pool.provider !== undefined && cloudProviderRefKey(pool.provider) !== own;
    if (elsewhere || listed.has(pool.location)) return;
    ctx.report(
      ['nodePools', index, 'location'],
      `must be one of locations (${request.locations.join(
        ', ',
      )}) at the cluster's provider (list zones there too), got ${JSON.stringify(
        pool.location,
      )}`,
    );
  });
}

/**
 * Schema of a cluster request, the input of the plan and provision actions.
 * @public
 */
export const clusterRequestSchema = z
  .strictObject({
    name: dnsLabel.describe(
      'Cluster name (DNS-1123 label); names the SovereignCluster and the Cluster API Cluster.',
    ),
    owner: entityRef('Group', ['User']).describe('Owning group or user.'),
    provider: entityRef('CloudProvider').describe(
      'CloudProvider of the control plane and the node pools, e.g. hetzner, ionos, ovhcloud.',
    ),
    locations: z
      .array(locationId)
      .min(1)
      .check(uniqueBy(itself))
      .describe(
        'Location ids at the provider the cluster spans; the first is the default.',
      ),
    kubernetesVersion: kubernetesVersion.describe(
      'Kubernetes version, e.g. v1.33.4.',
    ),
    controlPlane,
    nodePools: z
      .array(nodePool)
      .min(1)
      .check(uniqueBy(item => keyOf(item, 'name'), ['name']))
      .describe('Worker node pools.'),
    network,
    storage,
    observability,
    policy: policySchema.optional(),
    management,
    experimental: z
      .boolean()
      .optional()
      .describe(
        'Allow providers whose Cluster API provider is experimental (STACKIT).',
      ),
  })
  .check(
    rule(checkLocations, [
      'provider',
      'locations',
      'controlPlane',
      'nodePools',
    ]),
  )
  .describe('A request for a new sovereign cluster.');

/**
 * A validated cluster request.
 * @public
 */
export type ClusterRequest = z.infer<typeof clusterRequestSchema>;

/** @public */
export const CLUSTER_REQUEST_KIND = 'ClusterRequest';

/**
 * Validates untrusted input as a cluster request. Returns the typed request,
 * or throws an `InputError` ({@link EntityValidationError}) listing every
 * problem as `path: reason`, e.g. `nodePools[0].count: must be a positive integer, got 0`.
 * @public
 */
export function parseClusterRequest(input: unknown): ClusterRequest {
  const problems = runChecks(clusterRequestSchema, input);
  if (problems.length) {
    throw new EntityValidationError(
      CLUSTER_REQUEST_KIND,
      nameOf(input),
      problems,
    );
  }
  return clusterRequestSchema.parse(input);
}

function nameOf(input: unknown): string | undefined {
  const name =
    typeof input === 'object' && input !== null
      ? (input as { name?: unknown }).name
      : undefined;
  return entityNameOf({ metadata: { name } });
}

const WIREGUARD_OVERLAYS: ReadonlySet<string> = new Set([
  'cilium-wireguard',
  'kilo',
  'kubespan',
]);

/**
 * The SovereignCluster spec a request describes (without sovereignty
 * declarations and access, which exist only once the cluster does).
 * @public
 */
export function clusterRequestToSpec(
  request: ClusterRequest,
  options: {
    lifecycle?: string;
    distribution?: string;
    clusterClass?: string;
    /** True for managed control planes (e.g. Open Telekom Cloud CCE). */
    managedControlPlane?: boolean;
  } = {},
): SovereignClusterSpec {
  const networkSpec: ClusterNetwork = {
    overlay: request.network.overlay,
    encryption: WIREGUARD_OVERLAYS.has(request.network.overlay)
      ? { mode: 'wireguard', scope: 'pod-and-node' }
      : { mode: 'none' },
    ...(request.network.overlay === 'cilium-wireguard'
      ? { cni: 'cilium' }
      : {}),
    ...(request.network.mesh ? { mesh: request.network.mesh } : {}),
    ...(request.network.podCidr ? { podCidr: request.network.podCidr } : {}),
    ...(request.network.serviceCidr
      ? { serviceCidr: request.network.serviceCidr }
      : {}),
  };
  return {
    owner: request.owner,
    lifecycle: options.lifecycle ?? 'production',
    provider: request.provider,
    locations: [...request.locations],
    distribution: {
      name: options.distribution ?? 'kubeadm',
      version: request.kubernetesVersion.replace(/^v/, ''),
    },
    controlPlane: options.managedControlPlane
      ? { managed: true }
      : {
          replicas: request.controlPlane.replicas,
          ...(request.controlPlane.location
            ? { location: request.controlPlane.location }
            : {}),
        },
    nodePools: request.nodePools.map(pool => ({
      name: pool.name,
      ...(pool.provider ? { provider: pool.provider } : {}),
      location: pool.location,
      machineType: pool.machineType,
      count: pool.count,
      ...(pool.provider ? { managedBy: 'external' as const } : {}),
      ...(pool.labels ? { labels: { ...pool.labels } } : {}),
      ...(pool.taints ? { taints: pool.taints.map(t => ({ ...t })) } : {}),
    })),
    network: networkSpec,
    storage: {
      backend: request.storage.backend,
      replication: request.storage.replication,
      failureDomain: request.storage.failureDomain,
    },
    management: {
      type: 'cluster-api',
      managementCluster: request.management.managementCluster,
      namespace: request.management.namespace,
      clusterName: request.name,
      ...(options.clusterClass ? { clusterClass: options.clusterClass } : {}),
    },
    ...(request.policy ? { policy: structuredCopy(request.policy) } : {}),
  };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
