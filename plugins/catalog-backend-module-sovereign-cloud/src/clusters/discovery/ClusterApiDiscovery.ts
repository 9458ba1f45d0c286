import {
  KubernetesClusterClient,
  KubernetesNotFoundError,
  KubernetesObject,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { at, stringAt } from '../../util/json';
import pLimit from 'p-limit';
import { ApiVersionResolver } from './ApiVersionResolver';
import {
  discoveredControlPlane,
  needsControlPlaneObject,
} from './controlPlane';
import { DiscoveredCluster } from './DiscoveredCluster';
import { InfrastructureResolver } from './InfrastructureResolver';
import { machineTypeOf, zoneOf } from './machineTypes';
import { ManagementClusterConfig } from './ManagementClusterConfig';
import { toSovereignCluster } from './toSovereignCluster';
import { MachineFacts, workerPools } from './workerPools';

/** What one management cluster yielded. */
export interface ManagementClusterDiscovery {
  clusters: DiscoveredCluster[];
  /** Clusters that could not be turned into entities, and why (logged, not fatal). */
  skipped: { cluster: string; problem: string }[];
}

const CLUSTER_NAME_LABEL = 'cluster.x-k8s.io/cluster-name';

/**
 * Reads one management cluster: the Cluster API `Cluster`s (v1beta2, or
 * v1beta1 where only that is served), their infrastructure and control plane
 * objects and MachineDeployments, and turns them into SovereignClusters.
 * A cluster whose objects do not say enough is skipped with a reason; a
 * failing API call fails the whole management cluster, so the caller keeps
 * its last good result instead of dropping entities.
 */
export class ClusterApiDiscovery {
  readonly #resolver: InfrastructureResolver;
  readonly #concurrency: number;

  static create(options: {
    resolver: InfrastructureResolver;
    concurrency?: number;
  }): ClusterApiDiscovery {
    return new ClusterApiDiscovery(options.resolver, options.concurrency ?? 8);
  }

  private constructor(resolver: InfrastructureResolver, concurrency: number) {
    this.#resolver = resolver;
    this.#concurrency = concurrency;
  }

  async discover(
    managementCluster: ManagementClusterConfig,
    client: KubernetesClusterClient,
  ): Promise<ManagementClusterDiscovery> {
    const versions = ApiVersionResolver.create(client);
    const clusterApiVersion = await versions.clusterApiVersion();
    const namespaces = managementCluster.namespaces?.length
      ? managementCluster.namespaces
      : [undefined];
    const listAll = async (kind: string) =>
      (
        await Promise.all(
          namespaces.map(namespace =>
            client.list(clusterApiVersion, kind, { namespace }),
          ),
        )
      ).flatMap(list => list.items);

    // Kinds a management cluster may not serve (MachinePools) count as empty.
    const listOptional = (kind: string) =>
      listAll(kind).catch(error => {
        if (error instanceof KubernetesNotFoundError) return [];
        throw error;
      });
    const [clusters, machineDeployments, machinePools] = await Promise.all([
      listAll('Cluster'),
      listOptional('MachineDeployment'),
      listOptional('MachinePool'),
    ]);
    const machineGroups = [...machineDeployments, ...machinePools];

    const infrastructureCache = new Map<string, Promise<MachineFacts>>();
    const limit = pLimit(this.#concurrency);
    const outcomes = await Promise.all(
      clusters.map(cluster =>
        limit(async () => {
          const namespace = cluster.metadata.namespace ?? 'default';
          const ownGroups = machineGroups.filter(
            group =>
              (group.metadata.namespace ?? 'default') === namespace &&
              group.metadata.labels?.[CLUSTER_NAME_LABEL] ===
                cluster.metadata.name,
          );
          const [infrastructure, controlPlaneObject, facts] = await Promise.all(
            [
              this.#referenced(
                client,
                versions,
                at(cluster.spec, 'infrastructureRef'),
                namespace,
              ),
              needsControlPlaneObject(cluster)
                ? this.#referenced(
                    client,
                    versions,
                    at(cluster.spec, 'controlPlaneRef'),
                    namespace,
                  )
                : undefined,
              at(cluster.spec, 'topology')
                ? new Map<KubernetesObject, MachineFacts>()
                : this.#machineFacts(
                    client,
                    versions,
                    ownGroups,
                    infrastructureCache,
                  ),
            ],
          );

          const pools = workerPools({
            cluster,
            machineGroups: ownGroups,
            machineFacts: group => facts.get(group) ?? {},
          });
          const resolution = this.#resolver.resolve({
            cluster,
            infrastructure,
            poolFailureDomains: pools.flatMap(p =>
              p.failureDomain ? [p.failureDomain] : [],
            ),
            defaults: managementCluster.defaults,
          });
          if (!resolution.ok) return { cluster, problem: resolution.problem };
          const built = toSovereignCluster({
            managementCluster,
            cluster,
            infrastructure: resolution.infrastructure,
            pools,
            controlPlane: discoveredControlPlane(cluster, controlPlaneObject),
          });
          return built.ok
            ? { cluster, discovered: built.cluster }
            : { cluster, problem: built.problem };
        }),
      ),
    );

    const result: ManagementClusterDiscovery = { clusters: [], skipped: [] };
    for (const outcome of outcomes) {
      if ('discovered' in outcome && outcome.discovered) {
        result.clusters.push(outcome.discovered);
      } else {
        const { namespace, name } = outcome.cluster.metadata;
        result.skipped.push({
          cluster: `${namespace ?? 'default'}/${name}`,
          problem: outcome.problem ?? 'unknown',
        });
      }
    }
    return result;
  }

  /** The object a reference points at; undefined when its kind is not served or it does not exist (yet). */
  async #referenced(
    client: KubernetesClusterClient,
    versions: ApiVersionResolver,
    ref: unknown,
    namespace: string,
  ): Promise<KubernetesObject | undefined> {
    const name = stringAt(ref, 'name');
    const kind = stringAt(ref, 'kind');
    if (!name || !kind) return undefined;
    const apiVersion = await versions.forReference(ref);
    if (!apiVersion) return undefined;
    try {
      return await client.get({
        apiVersion,
        kind,
        name,
        namespace: stringAt(ref, 'namespace') ?? namespace,
      });
    } catch (error) {
      if (error instanceof KubernetesNotFoundError) return undefined;
      throw error;
    }
  }

  /** Machine type and zone from each group's infrastructure object, each object read once per run. */
  async #machineFacts(
    client: KubernetesClusterClient,
    versions: ApiVersionResolver,
    groups: KubernetesObject[],
    cache: Map<string, Promise<MachineFacts>>,
  ): Promise<Map<KubernetesObject, MachineFacts>> {
    const facts = new Map<KubernetesObject, MachineFacts>();
    await Promise.all(
      groups.map(async group => {
        const ref = at(group.spec, 'template', 'spec', 'infrastructureRef');
        const namespace = group.metadata.namespace ?? 'default';
        const key = `${namespace}|${stringAt(ref, 'kind')}|${stringAt(
          ref,
          'name',
        )}`;
        let found = cache.get(key);
        if (!found) {
          found = this.#referenced(client, versions, ref, namespace).then(
            object =>
              object
                ? { machineType: machineTypeOf(object), zone: zoneOf(object) }
                : {},
          );
          cache.set(key, found);
        }
        facts.set(group, await found);
      }),
    );
    return facts;
  }
}
