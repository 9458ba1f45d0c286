import { LoggerService } from '@backstage/backend-plugin-api';
import { KubernetesSecretReference } from '../ClusterConnection';
import {
  ClusterCredentialsError,
  KubernetesApiError,
} from '../errors/KubernetesApiError';
import { KubernetesClusterClient } from '../KubernetesClusterClient';
import { SecretRedactor } from '../SecretRedactor';
import { TokenSource } from './TokenSource';

/**
 * Reads a cluster's token from a Secret on a configured (home) cluster and caches it for
 * a while; a 401 from the target cluster drops the cache so a rotated token is picked
 * up. The token is registered with the redactor before anyone else sees it.
 */
export class SecretTokenSource implements TokenSource {
  readonly #clusterName: string;
  readonly #ref: Required<KubernetesSecretReference>;
  readonly #home: KubernetesClusterClient;
  readonly #redactor: SecretRedactor;
  readonly #logger: LoggerService;
  readonly #ttlMs: number;
  #cached?: { token: Promise<string>; expiresAt: number };

  static create(options: {
    clusterName: string;
    ref: Required<KubernetesSecretReference>;
    home: KubernetesClusterClient;
    redactor: SecretRedactor;
    logger: LoggerService;
    ttlMs: number;
  }): SecretTokenSource {
    return new SecretTokenSource(options);
  }

  private constructor(options: Parameters<typeof SecretTokenSource.create>[0]) {
    this.#clusterName = options.clusterName;
    this.#ref = options.ref;
    this.#home = options.home;
    this.#redactor = options.redactor;
    this.#logger = options.logger;
    this.#ttlMs = options.ttlMs;
  }

  token(signal?: AbortSignal): Promise<string> {
    if (!this.#cached || this.#cached.expiresAt <= Date.now()) {
      const token = this.#read(signal);
      this.#cached = { token, expiresAt: Date.now() + this.#ttlMs };
      // A failed read must not be cached.
      token.catch(() => {
        if (this.#cached?.token === token) {
          this.#cached = undefined;
        }
      });
    }
    return this.#cached.token;
  }

  invalidate(): boolean {
    this.#cached = undefined;
    return true;
  }

  get #description(): string {
    const { cluster, namespace, name, key } = this.#ref;
    return `Secret ${namespace}/${name} (key '${key}') on cluster '${cluster}'`;
  }

  async #read(signal?: AbortSignal): Promise<string> {
    const { namespace, name, key } = this.#ref;
    let secret;
    try {
      secret = await this.#home.get(
        { apiVersion: 'v1', kind: 'Secret', namespace, name },
        { signal },
      );
    } catch (error) {
      const cause = error as KubernetesApiError;
      throw new ClusterCredentialsError(
        `Cannot load the token of cluster '${this.#clusterName}' from ${
          this.#description
        }: ${cause.message}`,
        {
          clusterName: this.#clusterName,
          statusCode: cause.statusCode,
          reason: cause.reason,
        },
      );
    }
    const data = (secret.data ?? {}) as Record<string, unknown>;
    const encoded = data[key];
    const token =
      typeof encoded === 'string'
        ? Buffer.from(encoded, 'base64').toString('utf8').trim()
        : '';
    // Register every value of the Secret: none of them may leak through messages.
    for (const value of Object.values(data)) {
      if (typeof value === 'string') {
        this.#redactor.add(Buffer.from(value, 'base64').toString('utf8'));
      }
    }
    if (!token) {
      throw new ClusterCredentialsError(
        `Cannot load the token of cluster '${this.#clusterName}': ${
          this.#description
        } has no such key or it is empty`,
        { clusterName: this.#clusterName },
      );
    }
    this.#logger.debug(
      `Loaded the token of cluster '${this.#clusterName}' from ${
        this.#description
      }`,
    );
    return token;
  }
}
