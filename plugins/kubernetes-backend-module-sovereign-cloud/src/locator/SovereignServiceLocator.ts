import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  ClusterDetails,
  KubernetesClustersSupplier,
  KubernetesServiceLocator,
  ServiceLocatorRequestContext,
} from '@backstage/plugin-kubernetes-node';
import { AUTH_METADATA_CLUSTER_REF } from '../auth/authMetadataKeys';
import { clusterDependencies } from './clusterDependencies';

/**
 * Picks the clusters a depended-on ref stands for: the cluster this module
 * supplied for it, or, if the default supplier kept that name for one of its
 * own clusters, that cluster (the operator declared it twice).
 */
function selectClusters(
  clusters: ClusterDetails[],
  refs: Set<string>,
): ClusterDetails[] {
  const suppliedRefs = new Set(
    clusters
      .map(c =>
        c.authMetadata[AUTH_METADATA_CLUSTER_REF]?.toLocaleLowerCase('en-US'),
      )
      .filter(Boolean),
  );
  const shadowedNames = new Set(
    [...refs]
      .filter(ref => !suppliedRefs.has(ref))
      .map(ref => parseEntityRef(ref).name),
  );
  return clusters.filter(cluster => {
    const ref = cluster.authMetadata[AUTH_METADATA_CLUSTER_REF];
    return ref
      ? refs.has(ref.toLocaleLowerCase('en-US'))
      : shadowedNames.has(cluster.name.toLocaleLowerCase('en-US'));
  });
}

/**
 * Sends an entity's Kubernetes requests to the SovereignClusters it depends on
 * and nowhere else. Entities without such dependencies are left to the
 * locator configured in `kubernetes.serviceLocatorMethod`.
 */
export class SovereignServiceLocator implements KubernetesServiceLocator {
  readonly #defaultLocator: KubernetesServiceLocator;
  readonly #clusterSupplier: KubernetesClustersSupplier;

  static create(options: {
    defaultLocator: KubernetesServiceLocator;
    clusterSupplier: KubernetesClustersSupplier;
  }): SovereignServiceLocator {
    return new SovereignServiceLocator(
      options.defaultLocator,
      options.clusterSupplier,
    );
  }

  private constructor(
    defaultLocator: KubernetesServiceLocator,
    clusterSupplier: KubernetesClustersSupplier,
  ) {
    this.#defaultLocator = defaultLocator;
    this.#clusterSupplier = clusterSupplier;
  }

  async getClustersByEntity(
    entity: Entity,
    requestContext: ServiceLocatorRequestContext,
  ): Promise<{ clusters: ClusterDetails[] }> {
    const refs = clusterDependencies(entity);
    if (refs.size === 0) {
      return this.#defaultLocator.getClustersByEntity(entity, requestContext);
    }
    const clusters = await this.#clusterSupplier.getClusters({
      credentials: requestContext.credentials,
    });
    return { clusters: selectClusters(clusters, refs) };
  }
}
