import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ClusterConnection } from '../ClusterConnection';
import { TokenSource } from '../credentials/TokenSource';
import {
  ClusterAccessDeniedError,
  KubernetesNotFoundError,
  KubernetesRequestAbortedError,
  KubernetesServerError,
} from '../errors/KubernetesApiError';
import { mapKubernetesError } from '../errors/mapKubernetesError';
import {
  KubernetesApplyOptions,
  KubernetesClusterClient,
  KubernetesDeleteOptions,
  KubernetesDiscovery,
  KubernetesListOptions,
  KubernetesObjectList,
  KubernetesRequestOptions,
} from '../KubernetesClusterClient';
import { SecretRedactor } from '../SecretRedactor';
import { KubernetesObject, KubernetesObjectReference } from '../types';
import { ClientNodeDiscovery } from './ClientNodeDiscovery';
import { kubeConfigFor } from './kubeConfigFor';
import { RawKubernetesObjectApi } from './RawKubernetesObjectApi';
import { runWithRequestScope } from './requestScope';

interface ListResponse {
  metadata?: { resourceVersion?: string; continue?: string };
  items?: Array<Partial<KubernetesObject>>;
}

// Fields the server owns: sending them would set preconditions or be refused.
const serverOwnedMetadata = [
  'managedFields',
  'resourceVersion',
  'uid',
  'creationTimestamp',
  'generation',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
];

function describe(ref: {
  kind: string;
  name?: string;
  namespace?: string;
}): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${
    ref.name ?? ''
  }`.trim();
}

function applyBody(object: KubernetesObject): KubernetesObject {
  const { status: _status, ...rest } = structuredClone(object);
  const metadata = { ...rest.metadata };
  for (const field of serverOwnedMetadata) {
    delete metadata[field];
  }
  return { ...rest, metadata };
}

function requireObjectIdentity(object: KubernetesObject): void {
  if (!object?.apiVersion || !object.kind || !object.metadata?.name) {
    throw new InputError(
      `Cannot apply an object without apiVersion, kind and metadata.name (got ${
        object?.kind ?? 'no kind'
      } ${object?.metadata?.name ?? 'without a name'})`,
    );
  }
}

/**
 * {@link KubernetesClusterClient} on `@kubernetes/client-node`: one per cluster
 * connection, with a KubeConfig per token (rebuilt when a Secret-held token rotates).
 */
export class ClientNodeClusterClient implements KubernetesClusterClient {
  readonly cluster: { name: string; url: string };
  readonly discovery: KubernetesDiscovery;
  readonly #connection: ClusterConnection;
  readonly #tokens: TokenSource;
  readonly #timeoutMs: number;
  readonly #redactor: SecretRedactor;
  readonly #logger: LoggerService;
  #api?: { token: string | undefined; api: RawKubernetesObjectApi };

  static create(options: {
    connection: ClusterConnection;
    tokens: TokenSource;
    timeoutMs: number;
    redactor: SecretRedactor;
    logger: LoggerService;
  }): ClientNodeClusterClient {
    return new ClientNodeClusterClient(options);
  }

  private constructor(
    options: Parameters<typeof ClientNodeClusterClient.create>[0],
  ) {
    this.#connection = options.connection;
    this.#tokens = options.tokens;
    this.#timeoutMs = options.timeoutMs;
    this.#redactor = options.redactor;
    this.#logger = options.logger;
    this.cluster = {
      name: options.connection.name,
      url: options.connection.url,
    };
    this.discovery = ClientNodeDiscovery.create(
      (operation, requestOptions, call) =>
        this.#run(operation, requestOptions, call),
    );
  }

  async list<T extends KubernetesObject = KubernetesObject>(
    apiVersion: string,
    kind: string,
    options: KubernetesListOptions = {},
  ): Promise<KubernetesObjectList<T>> {
    const where = options.namespace ? ` in namespace ${options.namespace}` : '';
    return this.#run(
      `list ${kind} (${apiVersion})${where}`,
      options,
      async api => {
        const path = await this.#pathFor(api, {
          apiVersion,
          kind,
          namespace: options.namespace,
        });
        const items: T[] = [];
        const seen = new Set<string>();
        let resourceVersion: string | undefined;
        let continueToken: string | undefined;
        do {
          const page = await api.send<ListResponse>({
            method: 'GET',
            path,
            query: {
              labelSelector: options.labelSelector,
              fieldSelector: options.fieldSelector,
              limit: String(options.pageSize ?? 500),
              continue: continueToken,
            },
          });
          resourceVersion ??= page.metadata?.resourceVersion;
          // Built-in lists leave apiVersion and kind out of their items.
          items.push(
            ...(page.items ?? []).map(
              item =>
                ({
                  ...item,
                  apiVersion: item.apiVersion ?? apiVersion,
                  kind: item.kind ?? kind,
                } as T),
            ),
          );
          continueToken = page.metadata?.continue || undefined;
          if (continueToken && seen.has(continueToken)) {
            throw new KubernetesServerError(
              `list ${kind} on cluster '${this.cluster.name}' failed: the API server repeated a continue token`,
              { clusterName: this.cluster.name },
            );
          }
          if (continueToken) {
            seen.add(continueToken);
          }
        } while (continueToken);
        return { resourceVersion: resourceVersion ?? '', items };
      },
    );
  }

  async get<T extends KubernetesObject = KubernetesObject>(
    ref: KubernetesObjectReference,
    options?: KubernetesRequestOptions,
  ): Promise<T> {
    return this.#run(`get ${describe(ref)}`, options, async api => {
      return api.send<T>({
        method: 'GET',
        path: await this.#pathFor(api, ref),
      });
    });
  }

  async apply(
    objects: KubernetesObject[],
    options: KubernetesApplyOptions,
  ): Promise<KubernetesObject[]> {
    objects.forEach(requireObjectIdentity);
    const results: KubernetesObject[] = [];
    for (const object of objects) {
      const ref = {
        apiVersion: object.apiVersion,
        kind: object.kind,
        name: object.metadata.name!,
        namespace: object.metadata.namespace,
      };
      const verb = options.dryRun ? 'apply (dry run)' : 'apply';
      results.push(
        await this.#run(`${verb} ${describe(ref)}`, options, async api => {
          return api.send<KubernetesObject>({
            method: 'PATCH',
            path: await this.#pathFor(api, ref),
            query: {
              fieldManager: options.fieldManager,
              force: options.force ? 'true' : undefined,
              dryRun: options.dryRun ? 'All' : undefined,
            },
            // JSON is YAML: the apply content type accepts it as is.
            body: applyBody(object),
            contentType: 'application/apply-patch+yaml',
          });
        }),
      );
    }
    return results;
  }

  async delete(
    ref: KubernetesObjectReference,
    options: KubernetesDeleteOptions = {},
  ): Promise<void> {
    await this.#run(`delete ${describe(ref)}`, options, async api => {
      await api.send({
        method: 'DELETE',
        path: await this.#pathFor(api, ref),
        query: {
          dryRun: options.dryRun ? 'All' : undefined,
          propagationPolicy: options.propagationPolicy,
        },
      });
    });
  }

  async #run<T>(
    operation: string,
    options: KubernetesRequestOptions | undefined,
    call: (api: RawKubernetesObjectApi) => Promise<T>,
  ): Promise<T> {
    const signal = options?.signal;
    const timeoutMs = this.#connection.requestTimeoutMs ?? this.#timeoutMs;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) {
        throw new KubernetesRequestAbortedError(
          `${operation} on cluster '${this.cluster.name}' was aborted`,
          {
            clusterName: this.cluster.name,
          },
        );
      }
      try {
        const token = await this.#tokens.token(signal);
        const api = this.#apiFor(token);
        return await runWithRequestScope({ signal, timeoutMs }, () =>
          call(api),
        );
      } catch (error) {
        const mapped = mapKubernetesError(error, {
          clusterName: this.cluster.name,
          url: this.cluster.url,
          operation,
          timeoutMs,
          signal,
          redactor: this.#redactor,
        });
        // A token read from a Secret may have been rotated: read it again once.
        if (
          mapped instanceof ClusterAccessDeniedError &&
          mapped.statusCode === 401 &&
          attempt === 0 &&
          this.#tokens.invalidate()
        ) {
          continue;
        }
        this.#logger.debug(this.#redactor.redact(mapped.message));
        throw mapped;
      }
    }
  }

  #apiFor(token: string | undefined): RawKubernetesObjectApi {
    if (!this.#api || this.#api.token !== token) {
      this.#redactor.add(token);
      this.#api = {
        token,
        api: RawKubernetesObjectApi.fromKubeConfig(
          kubeConfigFor(this.#connection, token),
        ),
      };
    }
    return this.#api.api;
  }

  async #pathFor(
    api: RawKubernetesObjectApi,
    ref: {
      apiVersion: string;
      kind: string;
      name?: string;
      namespace?: string;
    },
  ): Promise<string> {
    const path = await api.pathFor(ref);
    if (!path) {
      throw new KubernetesNotFoundError(
        `Cluster '${this.cluster.name}' does not serve ${ref.kind} in ${ref.apiVersion}`,
        {
          clusterName: this.cluster.name,
          statusCode: 404,
          reason: 'NotFound',
        },
      );
    }
    return path;
  }
}
