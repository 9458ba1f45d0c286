import { parseEntityRef } from '@backstage/catalog-model';
import {
  CLUSTER_REQUEST_KIND,
  ClusterRequest,
  cloudProviderRefKey,
  EntityValidationError,
  MeshSlot,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  AddonDelivery,
  AddonOverlay,
  AddonRequest,
  AddonStorage,
  allocateMeshSlot,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';

/** Add-on choices that are not part of a cluster request. */
export type AddonPlanOptions = {
  delivery?: AddonDelivery;
  /** Git URL of the GitOps repository (needed for Argo CD). */
  repoURL?: string;
  /** Provider settings; simplyblock reads `simplyblockClusterUuid` and `simplyblockPoolName`. */
  settings?: Readonly<Record<string, string>>;
  /** Directory of the cluster in the GitOps repository. Default `clusters/<name>`. */
  basePath?: string;
};

function reject(request: ClusterRequest, path: string, message: string): never {
  throw new EntityValidationError(CLUSTER_REQUEST_KIND, request.name, [
    { path, message },
  ]);
}

function overlayOf(request: ClusterRequest): AddonOverlay {
  switch (request.network.overlay) {
    case 'cilium-wireguard':
      return { type: 'cilium-wireguard' };
    case 'kilo':
      return { type: 'kilo' };
    default:
      return reject(
        request,
        'network.overlay',
        `the suite renders add-ons for cilium-wireguard and kilo, got ${JSON.stringify(
          request.network.overlay,
        )} (kubespan needs Talos, none leaves node traffic unencrypted)`,
      );
  }
}

function storageOf(
  request: ClusterRequest,
  settings: Readonly<Record<string, string>>,
): AddonStorage {
  const { backend, replication, failureDomain } = request.storage;
  if (failureDomain === 'rack') {
    reject(
      request,
      'storage.failureDomain',
      'rack is not rendered yet (nodes carry no rack label); use host or zone',
    );
  }
  const own = cloudProviderRefKey(request.provider);
  const locations = [
    ...new Set(
      request.nodePools
        .filter(p => !p.provider || cloudProviderRefKey(p.provider) === own)
        .map(p => p.location),
    ),
  ];
  return {
    backend: backend === 'provider-csi' ? 'provider' : backend,
    replication,
    failureDomain,
    locations,
    ...(backend === 'simplyblock'
      ? {
          simplyblock: {
            clusterUuid: settings.simplyblockClusterUuid ?? '',
            poolName: settings.simplyblockPoolName ?? '',
          },
        }
      : {}),
  };
}

/** Whether the cluster needs a ClusterMesh slot: a Cilium cluster in a mesh. */
export function needsMeshSlot(request: ClusterRequest): boolean {
  return (
    !!request.network.mesh && request.network.overlay === 'cilium-wireguard'
  );
}

/**
 * The ClusterMesh slot of a meshed Cilium cluster when no reservation was
 * made (the CLI, without a backend): the first slot, CIDRs as requested.
 */
export function firstMeshSlotOf(request: ClusterRequest): MeshSlot | undefined {
  if (!needsMeshSlot(request)) return undefined;
  const slot = allocateMeshSlot([]);
  return {
    clusterId: slot.clusterId,
    podCidr: request.network.podCidr ?? slot.podCidr,
    serviceCidr: request.network.serviceCidr ?? slot.serviceCidr,
  };
}

/** Maps a cluster request onto what the add-on renderers take. */
export function addonRequestOf(
  request: ClusterRequest,
  slot: MeshSlot | undefined,
  options: AddonPlanOptions = {},
): AddonRequest {
  const mesh = request.network.mesh;
  return {
    clusterName: request.name,
    namespace: request.management.namespace,
    delivery: options.delivery ?? 'flux',
    overlay: overlayOf(request),
    ...(mesh && slot
      ? {
          mesh: {
            name: parseEntityRef(mesh, {
              defaultKind: 'Resource',
              defaultNamespace: 'default',
            }).name,
            ...slot,
          },
        }
      : {}),
    storage: storageOf(request, options.settings ?? {}),
    observability: {
      prometheus: request.observability.enabled,
      ...(request.observability.remoteWrite
        ? { remoteWrite: { url: request.observability.remoteWrite.url } }
        : {}),
    },
    labels: {
      provider: parseEntityRef(request.provider, {
        defaultKind: 'CloudProvider',
        defaultNamespace: 'default',
      }).name,
      region: request.controlPlane.location ?? request.locations[0],
    },
    ...(options.repoURL || options.basePath
      ? {
          gitops: {
            ...(options.repoURL ? { repoURL: options.repoURL } : {}),
            ...(options.basePath ? { basePath: options.basePath } : {}),
          },
        }
      : {}),
  };
}
