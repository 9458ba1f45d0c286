import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  ClusterDetails,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';

/**
 * The cluster supplier the Kubernetes plugin uses with this module: the
 * plugin's default supplier (config, catalog, GKE, ... locators), followed by
 * the SovereignClusters. A name the default supplier already uses stays
 * theirs, because an operator's explicit config should win over the catalog.
 */
export class SovereignClusterSupplier implements KubernetesClustersSupplier {
  readonly #defaults: KubernetesClustersSupplier;
  readonly #sovereign: { clusters(): Promise<ClusterDetails[]> };
  readonly #logger: LoggerService;
  readonly #warnedDuplicates = new Set<string>();

  static create(options: {
    defaultSupplier: KubernetesClustersSupplier;
    sovereignClusters: { clusters(): Promise<ClusterDetails[]> };
    logger: LoggerService;
  }): SovereignClusterSupplier {
    return new SovereignClusterSupplier(options);
  }

  private constructor(
    options: Parameters<typeof SovereignClusterSupplier.create>[0],
  ) {
    this.#defaults = options.defaultSupplier;
    this.#sovereign = options.sovereignClusters;
    this.#logger = options.logger;
  }

  async getClusters(options: {
    credentials: BackstageCredentials;
  }): Promise<ClusterDetails[]> {
    // A failing default supplier fails as it would without this module, so
    // kubernetes.clusterLocatorContinueOnError keeps its meaning.
    const [defaults, sovereign] = await Promise.all([
      this.#defaults.getClusters(options),
      this.#sovereign.clusters(),
    ]);
    const taken = new Set(defaults.map(c => c.name));
    const merged = [...defaults];
    for (const cluster of sovereign) {
      if (taken.has(cluster.name)) {
        this.#warnDuplicate(cluster.name);
      } else {
        merged.push(cluster);
      }
    }
    return merged;
  }

  #warnDuplicate(name: string): void {
    // getClusters runs on every request: say it once per name.
    if (!this.#warnedDuplicates.has(name)) {
      this.#warnedDuplicates.add(name);
      this.#logger.warn(
        `SovereignCluster '${name}' has the name of a cluster from kubernetes.clusterLocatorMethods; keeping that one`,
      );
    }
  }
}
