import { InputError } from '@backstage/errors';
import { cloudProviderRefKey } from '../../entities/references';
import { SovereignClusterEntity } from '../../entities/SovereignCluster';
import {
  ClusterRequest,
  CLUSTER_REQUEST_KIND,
  parseClusterRequest,
} from '../clusterRequest';
import { EntityValidationError } from '../../validation/EntityValidationError';

/**
 * What a SovereignCluster does not say about the request it was planned
 * from: the control-plane machine type, observability switches, and where
 * Cluster API reconciles a GitOps-managed cluster.
 * @public
 */
export type ClusterRequestOverrides = {
  controlPlane?: { machineType?: string; replicas?: number };
  storage?: Partial<ClusterRequest['storage']>;
  observability?: ClusterRequest['observability'];
  management?: Partial<ClusterRequest['management']>;
  experimental?: boolean;
};

function missing(name: string | undefined, path: string, why: string): never {
  throw new EntityValidationError(CLUSTER_REQUEST_KIND, name, [
    { path, message: `${why}; give it as an override` },
  ]);
}

/**
 * The cluster request an existing SovereignCluster corresponds to: the
 * inverse of `clusterRequestToSpec`, for planning changes to a cluster whose
 * original request was not recorded. Throws an `InputError` naming the
 * request field the entity cannot tell (e.g. `controlPlane.machineType`).
 * @public
 */
export function clusterRequestFromEntity(
  entity: SovereignClusterEntity,
  overrides: ClusterRequestOverrides = {},
): ClusterRequest {
  const name = entity.metadata?.name;
  const spec = entity.spec;
  if (!spec || typeof spec !== 'object') {
    throw new InputError(`SovereignCluster ${name ?? ''} has no spec`);
  }
  const management = spec.management;
  const managedBy =
    management?.type === 'cluster-api'
      ? {
          managementCluster: management.managementCluster,
          namespace: management.namespace,
        }
      : {};
  const managementCluster =
    overrides.management?.managementCluster ?? managedBy.managementCluster;
  const namespace = overrides.management?.namespace ?? managedBy.namespace;
  if (!managementCluster) {
    missing(
      name,
      'management.managementCluster',
      `the entity is managed by ${
        management?.type ?? 'nobody'
      }, not a Cluster API management cluster it names`,
    );
  }
  if (!namespace) {
    missing(
      name,
      'management.namespace',
      'the entity names no management-cluster namespace',
    );
  }

  const machineType = overrides.controlPlane?.machineType;
  if (!machineType) {
    missing(
      name,
      'controlPlane.machineType',
      'a SovereignCluster does not record the machine type of its control plane',
    );
  }
  const placed = spec.controlPlane?.placements?.reduce(
    (sum, p) => sum + p.replicas,
    0,
  );
  const replicas =
    overrides.controlPlane?.replicas ?? spec.controlPlane?.replicas ?? placed;
  if (replicas === undefined) {
    missing(
      name,
      'controlPlane.replicas',
      'the entity declares a managed control plane without a machine count',
    );
  }

  const storage = { ...spec.storage, ...overrides.storage };
  if (!storage.backend) {
    missing(name, 'storage.backend', 'the entity declares no storage');
  }
  if (storage.replication === undefined) {
    missing(
      name,
      'storage.replication',
      'the entity declares no storage replication',
    );
  }
  // Undeclared: the backends' own default (Ceph CRUSH and Longhorn spread replicas over hosts).
  storage.failureDomain ??= 'host';

  const own = cloudProviderRefKey(spec.provider);
  const version = spec.distribution?.version ?? '';
  const request = {
    name,
    owner: spec.owner,
    provider: spec.provider,
    locations: [...(spec.locations ?? [])],
    kubernetesVersion: version.startsWith('v') ? version : `v${version}`,
    controlPlane: {
      replicas,
      machineType,
      ...(spec.controlPlane?.location
        ? { location: spec.controlPlane.location }
        : {}),
    },
    nodePools: (spec.nodePools ?? []).map(pool => ({
      name: pool.name,
      // The request names the provider only for pools elsewhere.
      ...(pool.provider && cloudProviderRefKey(pool.provider) !== own
        ? { provider: pool.provider }
        : {}),
      location: pool.location ?? spec.locations?.[0],
      machineType: pool.machineType,
      count: pool.count,
      ...(pool.labels ? { labels: { ...pool.labels } } : {}),
      ...(pool.taints ? { taints: pool.taints.map(t => ({ ...t })) } : {}),
    })),
    network: {
      overlay: spec.network?.overlay,
      ...(spec.network?.mesh ? { mesh: spec.network.mesh } : {}),
      ...(spec.network?.podCidr ? { podCidr: spec.network.podCidr } : {}),
      ...(spec.network?.serviceCidr
        ? { serviceCidr: spec.network.serviceCidr }
        : {}),
    },
    storage: {
      backend: storage.backend,
      replication: storage.replication,
      failureDomain: storage.failureDomain,
    },
    // The entity holds endpoints, not the switch: endpoints mean the stack runs.
    observability: overrides.observability ?? {
      enabled: Boolean(
        spec.observability?.prometheus ?? spec.observability?.otlp,
      ),
    },
    ...(spec.policy ? { policy: JSON.parse(JSON.stringify(spec.policy)) } : {}),
    management: { managementCluster, namespace },
    ...(overrides.experimental !== undefined
      ? { experimental: overrides.experimental }
      : {}),
  };
  return parseClusterRequest(request);
}
