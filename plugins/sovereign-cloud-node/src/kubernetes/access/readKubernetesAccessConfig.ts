import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import {
  ClusterConnection,
  KubernetesSecretReference,
} from '../ClusterConnection';

/**
 * `sovereignCloud.kubernetes`, parsed and checked.
 *
 * @public
 */
export interface KubernetesAccessConfig {
  /** Timeout of each HTTP request to an API server. */
  requestTimeoutMs: number;
  /** Rules for API server URLs that do not belong to a configured cluster. */
  allowedApiServers: string[];
  /** Namespaces from which Secret references of non-configured clusters may read tokens. */
  tokenSecretNamespaces: string[];
  /** How long a token read from a Secret is reused. */
  tokenCacheTtlMs: number;
  /** The configured cluster that holds token Secrets unless a reference names another. */
  homeCluster?: string;
  /** Clusters declared in config; their Secret references always name a cluster. */
  clusters: ClusterConnection[];
}

const configKey = 'sovereignCloud.kubernetes';

function readDurationMs(
  config: Config,
  key: string,
  fallbackMs: number,
): number {
  return config.has(key)
    ? durationToMilliseconds(readDurationFromConfig(config, { key }))
    : fallbackMs;
}

function readUrl(cluster: Config, name: string): string {
  const url = cluster.getString('url');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(
      `${configKey}.clusters '${name}': url '${url}' is not a valid URL`,
    );
  }
  if (
    (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
    parsed.username ||
    parsed.password
  ) {
    throw new InputError(
      `${configKey}.clusters '${name}': url must be http(s) without user information`,
    );
  }
  return url.replace(/\/+$/, '');
}

function readCluster(
  cluster: Config,
  homeCluster: string | undefined,
): ClusterConnection {
  const name = cluster.getString('name');
  const token = cluster.getOptionalString('token');
  const secretRef = cluster.getOptionalConfig('tokenSecretRef');
  if (token && secretRef) {
    throw new InputError(
      `${configKey}.clusters '${name}': set either token or tokenSecretRef, not both`,
    );
  }
  let credentials: ClusterConnection['credentials'] = { type: 'anonymous' };
  if (token) {
    credentials = { type: 'token', token };
  } else if (secretRef) {
    const ref: KubernetesSecretReference = {
      cluster: secretRef.getOptionalString('cluster') ?? homeCluster,
      namespace: secretRef.getString('namespace'),
      name: secretRef.getString('name'),
      key: secretRef.getOptionalString('key') ?? 'token',
    };
    if (!ref.cluster) {
      throw new InputError(
        `${configKey}.clusters '${name}': tokenSecretRef needs a cluster, or set ${configKey}.homeCluster`,
      );
    }
    credentials = { type: 'secretRef', secretRef: ref };
  }
  return {
    name,
    url: readUrl(cluster, name),
    caData: cluster.getOptionalString('caData'),
    caFile: cluster.getOptionalString('caFile'),
    tlsServerName: cluster.getOptionalString('tlsServerName'),
    skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify') ?? false,
    credentials,
    ...(cluster.has('requestTimeout')
      ? { requestTimeoutMs: readDurationMs(cluster, 'requestTimeout', 0) }
      : {}),
  };
}

/**
 * Reads `sovereignCloud.kubernetes` and checks what can be checked before any request:
 * unique names, valid URLs, a home cluster that exists, Secret references that point at
 * configured clusters and do not go round in a circle.
 *
 * @public
 */
export function readKubernetesAccessConfig(
  rootConfig: Config,
): KubernetesAccessConfig {
  const config = rootConfig.getOptionalConfig(configKey);
  const homeCluster = config?.getOptionalString('homeCluster');
  const clusters = (config?.getOptionalConfigArray('clusters') ?? []).map(c =>
    readCluster(c, homeCluster),
  );
  const names = new Set<string>();
  for (const cluster of clusters) {
    if (names.has(cluster.name)) {
      throw new InputError(
        `${configKey}.clusters: the name '${cluster.name}' is used twice`,
      );
    }
    names.add(cluster.name);
  }
  if (homeCluster && !names.has(homeCluster)) {
    throw new InputError(
      `${configKey}.homeCluster '${homeCluster}' is not one of ${configKey}.clusters`,
    );
  }
  for (const cluster of clusters) {
    const seen = [cluster.name];
    let current = cluster;
    while (current.credentials.type === 'secretRef') {
      const next = current.credentials.secretRef.cluster!;
      if (!names.has(next)) {
        throw new InputError(
          `${configKey}.clusters '${current.name}': tokenSecretRef.cluster '${next}' is not a configured cluster`,
        );
      }
      if (seen.includes(next)) {
        throw new InputError(
          `${configKey}.clusters: token Secret references go round in a circle (${[
            ...seen,
            next,
          ].join(' -> ')})`,
        );
      }
      seen.push(next);
      current = clusters.find(c => c.name === next)!;
    }
  }
  return {
    requestTimeoutMs: config
      ? readDurationMs(config, 'requestTimeout', 10_000)
      : 10_000,
    allowedApiServers:
      config?.getOptionalStringArray('allowedApiServers') ?? [],
    tokenSecretNamespaces:
      config?.getOptionalStringArray('tokenSecretNamespaces') ?? [],
    tokenCacheTtlMs: config
      ? readDurationMs(config, 'tokenCacheTtl', 5 * 60_000)
      : 5 * 60_000,
    homeCluster,
    clusters,
  };
}
