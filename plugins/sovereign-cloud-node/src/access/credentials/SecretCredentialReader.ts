import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { SecretKeyReference } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesClientFactory } from '../../kubernetes/KubernetesClientFactory';
import { describeCredentialReference } from './credentialReference';

interface CachedValue {
  value: Promise<string>;
  expiresAt: number;
}

/**
 * Reads credentials from keys of Kubernetes Secrets on the home cluster
 * (`sovereignCloud.kubernetes.homeCluster`), only in the namespaces listed in
 * `sovereignCloud.kubernetes.tokenSecretNamespaces`, the same rule the node
 * library applies to token Secrets of non-configured clusters. Values are kept
 * for a short while so every Kubernetes request does not read the Secret again.
 *
 * @public
 */
export class SecretCredentialReader {
  readonly #clients: Pick<KubernetesClientFactory, 'forConfiguredCluster'>;
  readonly #homeCluster: string | undefined;
  readonly #namespaces: string[];
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #cache = new Map<string, CachedValue>();

  static create(options: {
    clients: Pick<KubernetesClientFactory, 'forConfiguredCluster'>;
    homeCluster: string | undefined;
    allowedNamespaces: string[];
    ttlMs: number;
    now?: () => number;
  }): SecretCredentialReader {
    return new SecretCredentialReader(options);
  }

  private constructor(
    options: Parameters<typeof SecretCredentialReader.create>[0],
  ) {
    this.#clients = options.clients;
    this.#homeCluster = options.homeCluster;
    this.#namespaces = options.allowedNamespaces;
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
  }

  check(ref: SecretKeyReference): string | undefined {
    if (!this.#namespaces.includes(ref.namespace)) {
      return `Secrets in namespace '${ref.namespace}' may not be used; list it in sovereignCloud.kubernetes.tokenSecretNamespaces`;
    }
    if (!this.#homeCluster) {
      return 'sovereignCloud.kubernetes.homeCluster is not set, so there is no cluster to read the Secret from';
    }
    return undefined;
  }

  read(ref: SecretKeyReference): Promise<string> {
    const problem = this.check(ref);
    if (problem) {
      return Promise.reject(new NotAllowedError(problem));
    }
    const cacheKey = JSON.stringify([ref.namespace, ref.name, ref.key]);
    const cached = this.#cache.get(cacheKey);
    if (cached && cached.expiresAt > this.#now()) {
      return cached.value;
    }
    const value = this.#fetch(ref);
    this.#cache.set(cacheKey, { value, expiresAt: this.#now() + this.#ttlMs });
    // A failed read is not remembered: the next request tries again.
    value.catch(() => {
      if (this.#cache.get(cacheKey)?.value === value) {
        this.#cache.delete(cacheKey);
      }
    });
    return value;
  }

  async #fetch(ref: SecretKeyReference): Promise<string> {
    const secret = await this.#clients
      .forConfiguredCluster(this.#homeCluster!)
      .get({
        apiVersion: 'v1',
        kind: 'Secret',
        namespace: ref.namespace,
        name: ref.name,
      });
    const encoded = (secret.data as Record<string, unknown> | undefined)?.[
      ref.key
    ];
    const value =
      typeof encoded === 'string'
        ? Buffer.from(encoded, 'base64').toString('utf8').trim()
        : '';
    if (!value) {
      throw new NotFoundError(
        `${describeCredentialReference({
          secretRef: ref,
        })} on cluster '${this.#homeCluster}' has no such key or it is empty`,
      );
    }
    return value;
  }
}
