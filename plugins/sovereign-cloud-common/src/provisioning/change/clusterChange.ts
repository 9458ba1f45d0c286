import { z } from 'zod';
import {
  cloudProviderRefKey,
  parseCloudProviderRef,
} from '../../entities/references';
import {
  FAILURE_DOMAIN_LEVELS,
  NETWORK_OVERLAYS,
  STORAGE_BACKENDS,
} from '../../entities/vocabulary';
import {
  cidr,
  dnsLabel,
  entityRef,
  httpUrl,
  kubernetesVersion,
} from '../../schema/formats';
import { positiveInteger, text } from '../../schema/text';
import { itself, uniqueBy } from '../../schema/uniqueness';
import { EntityValidationError } from '../../validation/EntityValidationError';
import { runChecks } from '../../validation/runChecks';
import {
  ClusterRequest,
  clusterRequestSchema,
  parseClusterRequest,
} from '../clusterRequest';
import { kubernetesSupportOf, versionParts } from './kubernetesVersions';

/*
 * Day-2 changes of a running cluster, as changes to the request it was
 * planned from: the result is planned and diffed like a new cluster, so the
 * same policy checks run on the cluster as it will be.
 */

/** @public */
export const CLUSTER_CHANGE_KIND = 'ClusterChange';

const upgradeChange = z
  .strictObject({
    kind: z.literal('upgrade'),
    kubernetesVersion: kubernetesVersion.describe(
      'Target Kubernetes version, one minor above the current at most, e.g. v1.33.4.',
    ),
  })
  .describe('Upgrade Kubernetes through the topology version.');

const poolName = dnsLabel.describe('Name of an existing node pool.');

const nodePoolsChange = z
  .strictObject({
    kind: z.literal('node-pools'),
    scale: z
      .array(
        z.strictObject({
          name: poolName,
          count: positiveInteger().describe('New number of nodes.'),
        }),
      )
      .describe('Pools to scale.')
      .optional(),
    add: z
      .array(clusterRequestSchema.shape.nodePools.element)
      .describe(
        "Pools to add, also at another provider or location (joined over the cluster's overlay).",
      )
      .optional(),
    remove: z
      .array(poolName)
      .check(uniqueBy(itself))
      .describe('Pools to remove.')
      .optional(),
    machineTypes: z
      .array(
        z.strictObject({
          name: poolName,
          machineType: text().max(128).describe('New machine type.'),
        }),
      )
      .describe('Pools to roll onto another machine type.')
      .optional(),
  })
  .describe('Scale, add or remove node pools, or change their machine types.');

const addonsChange = z
  .strictObject({
    kind: z.literal('addons'),
    storage: z
      .strictObject({
        backend: z.enum(STORAGE_BACKENDS).optional(),
        replication: positiveInteger().optional(),
        failureDomain: z.enum(FAILURE_DOMAIN_LEVELS).optional(),
      })
      .optional(),
    observability: z
      .strictObject({
        enabled: z.boolean().optional(),
        remoteWrite: z
          .strictObject({ url: httpUrl })
          .nullable()
          .describe('Remote-write receiver; null removes it.')
          .optional(),
      })
      .optional(),
    network: z
      .strictObject({
        overlay: z.enum(NETWORK_OVERLAYS).optional(),
        mesh: entityRef('Resource').nullable().optional(),
        podCidr: cidr.optional(),
        serviceCidr: cidr.optional(),
      })
      .describe(
        'Overlay settings; a running cluster keeps its overlay, mesh and CIDRs, so only the current values are accepted.',
      )
      .optional(),
  })
  .describe('Change storage, observability or overlay settings.');

/**
 * Schema of a change to an existing cluster.
 * @public
 */
export const clusterChangeSchema = z.discriminatedUnion('kind', [
  upgradeChange,
  nodePoolsChange,
  addonsChange,
]);

/** @public */
export type ClusterChange = z.infer<typeof clusterChangeSchema>;

/**
 * Validates untrusted input as a cluster change; throws an `InputError`
 * ({@link EntityValidationError}) naming each field at fault.
 * @public
 */
export function parseClusterChange(input: unknown): ClusterChange {
  const problems = runChecks(clusterChangeSchema, input);
  if (problems.length) {
    throw new EntityValidationError(CLUSTER_CHANGE_KIND, undefined, problems);
  }
  return clusterChangeSchema.parse(input);
}

function refuse(request: ClusterRequest, path: string, message: string): never {
  throw new EntityValidationError(CLUSTER_CHANGE_KIND, request.name, [
    { path, message },
  ]);
}

/** Options of {@link applyClusterChange}. @public */
export type ClusterChangeOptions = {
  /** Renderer of the cluster's provider (node package), when the catalogue maps it; else the provider's name decides. */
  renderer?: string;
};

function upgrade(
  request: ClusterRequest,
  target: string,
  options: ClusterChangeOptions,
): ClusterRequest {
  const path = 'kubernetesVersion';
  const from = versionParts(request.kubernetesVersion)!;
  const to = versionParts(target)!;
  const normalised = target.startsWith('v') ? target : `v${target}`;
  const [major, minor, patch] = to;
  if (major !== from[0]) {
    refuse(
      request,
      path,
      `cannot change the major version (${request.kubernetesVersion} → ${normalised})`,
    );
  }
  const order = minor - from[1] || patch - from[2];
  if (order === 0) {
    refuse(
      request,
      path,
      `the cluster already runs ${request.kubernetesVersion}`,
    );
  }
  if (order < 0) {
    refuse(
      request,
      path,
      `downgrades are not supported (${request.kubernetesVersion} → ${normalised}): kubeadm and etcd only move forward`,
    );
  }
  if (minor > from[1] + 1) {
    refuse(
      request,
      path,
      `one minor at a time: upgrade to v${major}.${
        from[1] + 1
      } first (the control plane cannot skip from v${from[0]}.${
        from[1]
      } to v${major}.${minor})`,
    );
  }
  const support = kubernetesSupportOf({
    renderer: options.renderer,
    providerName: parseCloudProviderName(request.provider),
  });
  if (support) {
    const oldest = versionParts(support.minors.oldest)!;
    const newest = versionParts(support.minors.newest)!;
    if (minor < oldest[1] || minor > newest[1]) {
      refuse(
        request,
        path,
        `${normalised} is not supported by ClusterClass ${
          support.clusterClass ?? support.renderer
        } (supports ${support.minors.oldest}–${support.minors.newest}, ${
          support.verification
        })`,
      );
    }
  }
  return { ...request, kubernetesVersion: normalised };
}

function parseCloudProviderName(ref: string): string | undefined {
  try {
    return parseCloudProviderRef(ref).name;
  } catch {
    return undefined;
  }
}

type NodePoolsChange = Extract<ClusterChange, { kind: 'node-pools' }>;

function changePools(
  request: ClusterRequest,
  change: NodePoolsChange,
): ClusterRequest {
  const known = new Set(request.nodePools.map(p => p.name));
  const knownList = [...known].join(', ');
  const mustExist = (name: string, path: string) => {
    if (!known.has(name)) {
      refuse(
        request,
        path,
        `no node pool ${JSON.stringify(name)} in cluster ${
          request.name
        } (pools: ${knownList})`,
      );
    }
  };
  change.scale?.forEach((s, i) => mustExist(s.name, `scale[${i}].name`));
  change.machineTypes?.forEach((m, i) =>
    mustExist(m.name, `machineTypes[${i}].name`),
  );
  change.remove?.forEach((name, i) => mustExist(name, `remove[${i}]`));
  change.add?.forEach((pool, i) => {
    if (known.has(pool.name) && !change.remove?.includes(pool.name)) {
      refuse(
        request,
        `add[${i}].name`,
        `cluster ${request.name} already has a node pool ${JSON.stringify(
          pool.name,
        )}; scale it or remove it first`,
      );
    }
  });
  const removed = new Set(change.remove ?? []);
  const changedElsewhere = (name: string) =>
    [...(change.scale ?? []), ...(change.machineTypes ?? [])].some(
      c => c.name === name,
    );
  change.remove?.forEach((name, i) => {
    if (changedElsewhere(name)) {
      refuse(
        request,
        `remove[${i}]`,
        `pool ${name} is both removed and changed`,
      );
    }
  });
  const kept = request.nodePools.filter(p => !removed.has(p.name));
  if (kept.length + (change.add?.length ?? 0) === 0) {
    refuse(
      request,
      'remove',
      `cannot remove the last node pool of cluster ${request.name}: workloads would have nowhere to run`,
    );
  }
  const pools = kept.map(pool => {
    const scale = change.scale?.filter(s => s.name === pool.name).at(-1);
    const type = change.machineTypes?.filter(m => m.name === pool.name).at(-1);
    return {
      ...pool,
      ...(scale ? { count: scale.count } : {}),
      ...(type ? { machineType: type.machineType } : {}),
    };
  });
  return { ...request, nodePools: [...pools, ...(change.add ?? [])] };
}

type AddonsChange = Extract<ClusterChange, { kind: 'addons' }>;

const FIXED_NETWORK: Record<
  'overlay' | 'mesh' | 'podCidr' | 'serviceCidr',
  string
> = {
  overlay:
    'a running cluster keeps its overlay: swapping the CNI re-addresses every pod; provision a new cluster and move workloads',
  mesh: 'mesh membership reserves or frees a ClusterMesh slot and re-keys Cilium; it is not changed as an add-on setting',
  podCidr:
    'pod CIDRs are fixed when the cluster is created: nodes hold allocations from it',
  serviceCidr:
    'the service CIDR is fixed when the cluster is created: Services hold ClusterIPs from it',
};

function changeAddons(
  request: ClusterRequest,
  change: AddonsChange,
): ClusterRequest {
  const network = change.network ?? {};
  for (const key of Object.keys(FIXED_NETWORK) as Array<
    keyof typeof FIXED_NETWORK
  >) {
    if (!(key in network)) continue;
    const wanted = network[key] ?? undefined;
    const current = request.network[key];
    if (wanted !== current) {
      refuse(
        request,
        `network.${key}`,
        `${FIXED_NETWORK[key]} (now ${JSON.stringify(
          current ?? null,
        )}, asked ${JSON.stringify(wanted ?? null)})`,
      );
    }
  }
  const observability = change.observability ?? {};
  const remoteWrite =
    'remoteWrite' in observability
      ? observability.remoteWrite ?? undefined
      : request.observability.remoteWrite;
  const enabled = observability.enabled ?? request.observability.enabled;
  if (remoteWrite && !enabled) {
    refuse(
      request,
      'observability.remoteWrite',
      'a remote-write receiver needs the observability stack; set observability.enabled or remove remoteWrite (null)',
    );
  }
  return {
    ...request,
    storage: { ...request.storage, ...definedOf(change.storage ?? {}) },
    observability: {
      enabled,
      ...(remoteWrite ? { remoteWrite } : {}),
    },
  };
}

function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/**
 * The cluster request after a change. Validates the change, refuses what a
 * running cluster cannot take (naming the field and why), and re-validates
 * the result as a request. Throws an `InputError`; never anything else.
 * @public
 */
export function applyClusterChange(
  request: ClusterRequest,
  change: unknown,
  options: ClusterChangeOptions = {},
): ClusterRequest {
  const parsed = parseClusterChange(change);
  let next: ClusterRequest;
  switch (parsed.kind) {
    case 'upgrade':
      next = upgrade(request, parsed.kubernetesVersion, options);
      break;
    case 'node-pools':
      next = changePools(request, parsed);
      break;
    default:
      next = changeAddons(request, parsed);
  }
  return parseClusterRequest(next);
}

/**
 * One line a person reads about a change, e.g. `Kubernetes v1.32.4 → v1.33.1`.
 * @public
 */
export function describeClusterChange(
  before: ClusterRequest,
  after: ClusterRequest,
): string {
  const parts: string[] = [];
  if (before.kubernetesVersion !== after.kubernetesVersion) {
    parts.push(
      `Kubernetes ${before.kubernetesVersion} → ${after.kubernetesVersion}`,
    );
  }
  const own = cloudProviderRefKey(after.provider);
  const beforePools = new Map(before.nodePools.map(p => [p.name, p]));
  const afterNames = new Set(after.nodePools.map(p => p.name));
  for (const pool of after.nodePools) {
    const old = beforePools.get(pool.name);
    if (!old) {
      const where =
        pool.provider && cloudProviderRefKey(pool.provider) !== own
          ? ` at ${pool.provider}`
          : '';
      parts.push(
        `add pool ${pool.name} (${pool.count} × ${pool.machineType} in ${pool.location}${where})`,
      );
      continue;
    }
    if (old.count !== pool.count) {
      parts.push(`pool ${pool.name} ${old.count} → ${pool.count} nodes`);
    }
    if (old.machineType !== pool.machineType) {
      parts.push(`pool ${pool.name} ${old.machineType} → ${pool.machineType}`);
    }
  }
  for (const name of beforePools.keys()) {
    if (!afterNames.has(name)) parts.push(`remove pool ${name}`);
  }
  for (const key of ['backend', 'replication', 'failureDomain'] as const) {
    if (before.storage[key] !== after.storage[key]) {
      parts.push(
        `storage ${key} ${before.storage[key]} → ${after.storage[key]}`,
      );
    }
  }
  if (before.observability.enabled !== after.observability.enabled) {
    parts.push(
      `observability ${after.observability.enabled ? 'enabled' : 'disabled'}`,
    );
  }
  const beforeUrl = before.observability.remoteWrite?.url;
  const afterUrl = after.observability.remoteWrite?.url;
  if (beforeUrl !== afterUrl) {
    parts.push(afterUrl ? `remote write to ${afterUrl}` : 'no remote write');
  }
  return parts.length ? parts.join('; ') : 'no change';
}
