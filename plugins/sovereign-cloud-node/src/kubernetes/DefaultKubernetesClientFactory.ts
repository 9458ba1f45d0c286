import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { ApiServerAllowlist } from './access/ApiServerAllowlist';
import {
  KubernetesAccessConfig,
  readKubernetesAccessConfig,
} from './access/readKubernetesAccessConfig';
import { ClientNodeClusterClient } from './clientNode/ClientNodeClusterClient';
import { ClusterConnection } from './ClusterConnection';
import { SecretTokenSource } from './credentials/SecretTokenSource';
import { staticTokenSource, TokenSource } from './credentials/TokenSource';
import { ApiServerNotAllowedError } from './errors/KubernetesApiError';
import {
  ConfiguredClusterSummary,
  KubernetesClientFactory,
} from './KubernetesClientFactory';
import { KubernetesClusterClient } from './KubernetesClusterClient';
import { SecretRedactor } from './SecretRedactor';

/** Compares API server URLs by scheme, host, port and path, ignoring a trailing slash. */
function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(
      /\/+$/,
      '',
    )}`;
  } catch {
    return url;
  }
}

/** Identifies a connection without keeping any secret in the cache key. */
function cacheKey(connection: ClusterConnection): string {
  return createHash('sha256').update(JSON.stringify(connection)).digest('hex');
}

/**
 * The default {@link KubernetesClientFactory}: clusters from
 * `sovereignCloud.kubernetes.clusters`, other API servers only as far as the allowlist
 * allows, tokens from config or from Secrets on a configured cluster.
 *
 * @public
 */
export class DefaultKubernetesClientFactory implements KubernetesClientFactory {
  readonly #config: KubernetesAccessConfig;
  readonly #allowlist: ApiServerAllowlist;
  readonly #logger: LoggerService;
  readonly #redactor = SecretRedactor.create();
  readonly #clients = new Map<string, KubernetesClusterClient>();

  static fromConfig(
    config: Config,
    options: { logger: LoggerService },
  ): DefaultKubernetesClientFactory {
    return DefaultKubernetesClientFactory.create({
      config: readKubernetesAccessConfig(config),
      logger: options.logger,
    });
  }

  static create(options: {
    config: KubernetesAccessConfig;
    logger: LoggerService;
  }): DefaultKubernetesClientFactory {
    return new DefaultKubernetesClientFactory(options.config, options.logger);
  }

  private constructor(config: KubernetesAccessConfig, logger: LoggerService) {
    this.#config = config;
    this.#logger = logger;
    this.#allowlist = ApiServerAllowlist.fromRules(config.allowedApiServers);
    for (const cluster of config.clusters) {
      this.#registerSecrets(cluster);
      if (cluster.skipTLSVerify && !cluster.url.startsWith('http:')) {
        this.#logger.warn(
          `TLS verification is disabled for cluster '${cluster.name}'; use this for development only`,
        );
      }
    }
  }

  listConfiguredClusters(): ConfiguredClusterSummary[] {
    return this.#config.clusters.map(c => ({ name: c.name, url: c.url }));
  }

  forConfiguredCluster(name: string): KubernetesClusterClient {
    const cluster = this.#config.clusters.find(c => c.name === name);
    if (!cluster) {
      throw new NotFoundError(
        `No cluster named '${name}' in sovereignCloud.kubernetes.clusters`,
      );
    }
    return this.#clientFor(cluster);
  }

  forCluster(connection: ClusterConnection): KubernetesClusterClient {
    this.#registerSecrets(connection);
    const configured = this.#config.clusters.find(
      c => normalizeUrl(c.url) === normalizeUrl(connection.url),
    );
    if (!configured) {
      const decision = this.#allowlist.check(connection.url);
      if (!decision.allowed) {
        const url = this.#redactor.redact(connection.url);
        throw new ApiServerNotAllowedError(
          this.#redactor.redact(
            `The API server URL ${url} of cluster '${connection.name}' is not allowed: ${decision.reason}`,
          ),
          { url, clusterName: connection.name },
        );
      }
    }
    // Reading local files and turning TLS off are decisions for config, not for entities.
    if (connection.caFile && connection.caFile !== configured?.caFile) {
      throw new NotAllowedError(
        `Cluster '${connection.name}': caFile is only allowed for clusters declared in config`,
      );
    }
    if (connection.skipTLSVerify && !configured?.skipTLSVerify) {
      throw new NotAllowedError(
        `Cluster '${connection.name}': skipTLSVerify is only allowed for clusters declared in config`,
      );
    }
    // Only config decides which Secret a trusted cluster's token comes from; any other
    // reference (even to a configured cluster's URL) must stay in the allowed namespaces.
    if (
      connection.credentials.type === 'secretRef' &&
      !this.#sameCredentials(connection, configured)
    ) {
      const { namespace } = connection.credentials.secretRef;
      if (!this.#config.tokenSecretNamespaces.includes(namespace)) {
        throw new NotAllowedError(
          `Cluster '${connection.name}': token Secrets in namespace '${namespace}' are not allowed; list it in sovereignCloud.kubernetes.tokenSecretNamespaces`,
        );
      }
    }
    return this.#clientFor(connection);
  }

  #clientFor(connection: ClusterConnection): KubernetesClusterClient {
    const key = cacheKey(connection);
    let client = this.#clients.get(key);
    if (!client) {
      client = ClientNodeClusterClient.create({
        connection: { ...connection, url: connection.url.replace(/\/+$/, '') },
        tokens: this.#tokenSource(connection),
        timeoutMs: this.#config.requestTimeoutMs,
        redactor: this.#redactor,
        logger: this.#logger,
      });
      this.#clients.set(key, client);
    }
    return client;
  }

  #tokenSource(connection: ClusterConnection): TokenSource {
    const { credentials } = connection;
    if (credentials.type === 'token') {
      return staticTokenSource(credentials.token);
    }
    if (credentials.type === 'anonymous') {
      return staticTokenSource(undefined);
    }
    const homeName = credentials.secretRef.cluster ?? this.#config.homeCluster;
    if (!homeName) {
      throw new InputError(
        `Cluster '${connection.name}': its token Secret names no cluster and sovereignCloud.kubernetes.homeCluster is not set`,
      );
    }
    return SecretTokenSource.create({
      clusterName: connection.name,
      ref: { ...credentials.secretRef, cluster: homeName },
      home: this.forConfiguredCluster(homeName),
      redactor: this.#redactor,
      logger: this.#logger,
      ttlMs: this.#config.tokenCacheTtlMs,
    });
  }

  #sameCredentials(
    connection: ClusterConnection,
    configured: ClusterConnection | undefined,
  ): boolean {
    const describe = (c: ClusterConnection) => {
      if (c.credentials.type !== 'secretRef') {
        return c.credentials.type;
      }
      const { cluster, namespace, name, key } = c.credentials.secretRef;
      return [cluster ?? this.#config.homeCluster, namespace, name, key].join(
        '/',
      );
    };
    return (
      configured !== undefined && describe(connection) === describe(configured)
    );
  }

  #registerSecrets(connection: ClusterConnection): void {
    if (connection.credentials.type === 'token') {
      this.#redactor.add(connection.credentials.token);
    }
    this.#redactor.add(connection.caData);
  }
}
