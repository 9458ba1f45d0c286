import { LoggerService } from '@backstage/backend-plugin-api';
import { Config, ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import {
  DefaultKubernetesClientFactory,
  KubernetesClientFactory,
  KubernetesClusterClient,
  readKubernetesAccessConfig,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import {
  ManagementClusterConfig,
  ManagementClustersConfig,
} from './ManagementClusterConfig';

/** Hands out the Kubernetes client of each management cluster. */
export interface ManagementClusterClientSource {
  clientFor(cluster: ManagementClusterConfig): KubernetesClusterClient;
}

/**
 * Clients through the suite's Kubernetes access layer. Clusters that name a
 * `sovereignCloud.kubernetes` cluster use the shared factory; inline ones use
 * a factory that knows them as configured clusters (they come from config,
 * so they are trusted like those, and their token Secrets can live on any
 * configured cluster).
 */
export class ManagementClusterClients implements ManagementClusterClientSource {
  readonly #shared: KubernetesClientFactory;
  readonly #inline?: KubernetesClientFactory;

  static create(options: {
    rootConfig: Config;
    managementClusters: ManagementClustersConfig;
    kubernetes: KubernetesClientFactory;
    logger: LoggerService;
  }): ManagementClusterClients {
    const { rootConfig, managementClusters, kubernetes, logger } = options;
    if (!managementClusters.inlineConnections.length) {
      return new ManagementClusterClients(kubernetes);
    }
    const base = (rootConfig.getOptional('sovereignCloud.kubernetes') ??
      {}) as JsonObject;
    const baseClusters = Array.isArray(base.clusters)
      ? (base.clusters as JsonObject[])
      : [];
    for (const connection of managementClusters.inlineConnections) {
      if (baseClusters.some(c => c.name === connection.name)) {
        throw new InputError(
          `sovereignCloud.catalog.managementClusters '${connection.name}': sovereignCloud.kubernetes.clusters has a cluster of that name; use kubernetesCluster: ${connection.name} instead of an inline url`,
        );
      }
    }
    const access = readKubernetesAccessConfig(
      new ConfigReader({
        sovereignCloud: {
          kubernetes: {
            ...base,
            clusters: [
              ...baseClusters,
              ...managementClusters.inlineConnections,
            ],
          },
        },
      }),
    );
    const inline = DefaultKubernetesClientFactory.create({
      config: access,
      logger,
    });
    return new ManagementClusterClients(kubernetes, inline);
  }

  private constructor(
    shared: KubernetesClientFactory,
    inline?: KubernetesClientFactory,
  ) {
    this.#shared = shared;
    this.#inline = inline;
  }

  clientFor(cluster: ManagementClusterConfig): KubernetesClusterClient {
    if (cluster.kubernetesCluster) {
      return this.#shared.forConfiguredCluster(cluster.kubernetesCluster);
    }
    return this.#inline!.forConfiguredCluster(cluster.name);
  }
}
