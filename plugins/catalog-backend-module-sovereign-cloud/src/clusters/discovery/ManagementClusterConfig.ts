import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';

/** Values for discovered clusters whose Cluster API objects do not say. */
export interface ManagementClusterDefaults {
  owner?: string;
  lifecycle?: string;
  /** CloudProvider to pick when the infrastructure kind fits several (e.g. OpenStack clouds). */
  provider?: string;
  /** Location id when neither the Cluster nor its infrastructure object gives one (e.g. Metal3). */
  location?: string;
}

/** One entry of `sovereignCloud.catalog.managementClusters`, without its credentials. */
export interface ManagementClusterConfig {
  name: string;
  /** Set when the entry points at a cluster of `sovereignCloud.kubernetes.clusters`. */
  kubernetesCluster?: string;
  /** Namespaces to list Clusters in; all when absent. */
  namespaces?: string[];
  defaults: ManagementClusterDefaults;
}

/** The management clusters, and the connection settings of those declared inline. */
export interface ManagementClustersConfig {
  clusters: ManagementClusterConfig[];
  /** `sovereignCloud.kubernetes.clusters`-shaped entries (url, caData|caFile, token|tokenSecretRef). */
  inlineConnections: JsonObject[];
}

const KEY = 'sovereignCloud.catalog.managementClusters';
const CONNECTION_KEYS = [
  'url',
  'caData',
  'caFile',
  'token',
  'tokenSecretRef',
  'tlsServerName',
  'requestTimeout',
];

/**
 * Reads the management clusters. Each either names a cluster of
 * `sovereignCloud.kubernetes.clusters` (`kubernetesCluster`) or declares its
 * connection inline; a broken entry is a configuration error and fails
 * startup with the key at fault, like any other config error.
 */
export function readManagementClusters(
  config: Config,
): ManagementClustersConfig {
  const entries = config.getOptionalConfigArray(KEY) ?? [];
  const clusters: ManagementClusterConfig[] = [];
  const inlineConnections: JsonObject[] = [];
  const names = new Set<string>();

  entries.forEach((entry, index) => {
    const name = entry.getString('name');
    if (names.has(name)) {
      throw new InputError(
        `${KEY}[${index}]: the name '${name}' is used twice`,
      );
    }
    names.add(name);
    const kubernetesCluster = entry.getOptionalString('kubernetesCluster');
    const hasUrl = entry.has('url');
    if (Boolean(kubernetesCluster) === hasUrl) {
      throw new InputError(
        `${KEY}[${index}] '${name}': set either url (with its credentials) or kubernetesCluster`,
      );
    }
    if (hasUrl) {
      const connection: JsonObject = { name };
      for (const key of CONNECTION_KEYS) {
        const value = entry.getOptional(key);
        if (value !== undefined) connection[key] = value;
      }
      inlineConnections.push(connection);
    }
    const defaults = entry.getOptionalConfig('defaults');
    clusters.push({
      name,
      kubernetesCluster,
      namespaces: entry.getOptionalStringArray('namespaces'),
      defaults: {
        owner: defaults?.getOptionalString('owner'),
        lifecycle: defaults?.getOptionalString('lifecycle'),
        provider: defaults?.getOptionalString('provider'),
        location: defaults?.getOptionalString('location'),
      },
    });
  });
  return { clusters, inlineConnections };
}
