import { KubeConfig } from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ClusterConnection } from '../kubernetes/ClusterConnection';
import {
  KubernetesObject,
  KubernetesObjectReference,
} from '../kubernetes/types';
import {
  defaultServerVersion,
  KubernetesTestServerVersion,
} from './http/discovery';
import { KubernetesTestFaults } from './http/FaultInjector';
import { handleRequest, RequestContext } from './http/handleRequest';
import { RecordedKubernetesRequest } from './http/RecordedRequest';
import { JsonMap } from './json';
import { ObjectOperations } from './objects/ObjectOperations';
import { presentObject } from './objects/presentObject';
import { ObjectStore } from './store/ObjectStore';
import { ResourceRegistry } from './store/ResourceRegistry';
import { ResourceType, storageKeyOf } from './store/ResourceType';

/**
 * Options of {@link KubernetesTestServer.start}.
 *
 * @public
 */
export interface KubernetesTestServerOptions {
  /** The cluster name used by {@link KubernetesTestServer.connection}. Default `test-cluster`. */
  name?: string;
  /** The bearer token the server requires; a random one by default, `null` for anonymous access. */
  token?: string | null;
  /** Fixtures to load at start (CustomResourceDefinitions are loaded first). */
  objects?: object[];
  /** What `/version` reports. Default Kubernetes v1.34.1. */
  serverVersion?: Partial<KubernetesTestServerVersion>;
  /** The field manager recorded for fixtures without `managedFields`. Default `test-fixture`. */
  fixtureManager?: string;
  /** How many changes watches can replay from a resource version. Default 10000. */
  watchHistoryLimit?: number;
}

function splitApiVersion(apiVersion: string): {
  group: string;
  version: string;
} {
  const [group, version] = apiVersion.includes('/')
    ? apiVersion.split('/')
    : ['', apiVersion];
  return { group, version };
}

function loadOrder(object: JsonMap): number {
  if (object.kind === 'CustomResourceDefinition') return 0;
  if (object.kind === 'Namespace') return 1;
  return 2;
}

/**
 * A Kubernetes API server for tests, on a random loopback port, speaking the REST
 * protocol `@kubernetes/client-node` speaks: discovery, CRUD, label and field selectors,
 * pagination, watch, server-side apply with managed fields and conflicts, `dryRun=All`,
 * `Status` errors, bearer-token authentication, and injectable latency and failures.
 * Objects live in memory; fixtures are loaded and read back through this class.
 *
 * @public
 */
export class KubernetesTestServer {
  readonly name: string;
  /** Injected latency and failures. */
  readonly faults: KubernetesTestFaults;
  readonly #server: http.Server;
  readonly #registry = ResourceRegistry.create();
  readonly #store: ObjectStore;
  readonly #operations: ObjectOperations;
  readonly #requests: RecordedKubernetesRequest[] = [];
  readonly #watches = new Set<() => void>();
  readonly #fixtureManager: string;
  readonly #version: KubernetesTestServerVersion;
  #tokens: string[];
  #url = '';

  static async start(
    options: KubernetesTestServerOptions = {},
  ): Promise<KubernetesTestServer> {
    const server = new KubernetesTestServer(options);
    await server.#listen();
    server.load(...(options.objects ?? []));
    return server;
  }

  private constructor(options: KubernetesTestServerOptions) {
    this.name = options.name ?? 'test-cluster';
    this.faults = KubernetesTestFaults.create();
    this.#store = ObjectStore.create({
      historyLimit: options.watchHistoryLimit,
    });
    this.#operations = ObjectOperations.create(this.#store, this.#registry);
    this.#fixtureManager = options.fixtureManager ?? 'test-fixture';
    this.#version = { ...defaultServerVersion, ...options.serverVersion };
    const token =
      options.token === undefined
        ? `test-token-${randomBytes(16).toString('hex')}`
        : options.token;
    this.#tokens = token ? [token] : [];
    this.#server = http.createServer((req, res) => {
      handleRequest(this.#context(), req, res);
    });
    // A real cluster namespaces everything into these from the start.
    for (const name of [
      'default',
      'kube-system',
      'kube-public',
      'kube-node-lease',
    ]) {
      this.load({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    }
  }

  /** The API server URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    return this.#url;
  }

  /** The bearer token the server accepts (the first one, if several). */
  get token(): string | undefined {
    return this.#tokens[0];
  }

  /** The current resource version of the store. */
  get resourceVersion(): string {
    return String(this.#store.revision);
  }

  /** Every request received so far, oldest first. */
  get requests(): readonly RecordedKubernetesRequest[] {
    return this.#requests;
  }

  clearRequests(): void {
    this.#requests.splice(0);
  }

  /** Replaces the accepted bearer tokens (e.g. to simulate a rotation); none means anonymous. */
  acceptTokens(...tokens: string[]): void {
    this.#tokens = tokens;
  }

  /** A connection for the suite's `KubernetesClientFactory`, with the server's token. */
  connection(overrides: Partial<ClusterConnection> = {}): ClusterConnection {
    return {
      name: this.name,
      url: this.#url,
      credentials: this.token
        ? { type: 'token', token: this.token }
        : { type: 'anonymous' },
      ...overrides,
    };
  }

  /** A KubeConfig for using `@kubernetes/client-node` directly (e.g. its `Watch`). */
  kubeConfig(): KubeConfig {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromClusterAndUser(
      // client-node 1.x only accepts plain http with skipTLSVerify.
      { name: this.name, server: this.#url, skipTLSVerify: true },
      {
        name: `${this.name}-user-${randomBytes(4).toString('hex')}`,
        ...(this.token ? { token: this.token } : {}),
      },
    );
    return kubeConfig;
  }

  /**
   * Creates or replaces fixture objects as a client would (new resource versions, watch
   * events, managed fields for the fixture manager unless given), keeping their status.
   * CustomResourceDefinitions are served as soon as they are loaded; missing namespaces
   * are created. Returns the stored objects, in the order given.
   */
  load(...objects: object[]): KubernetesObject[] {
    const stored: KubernetesObject[] = [];
    const order = objects.map((object, index) => ({
      object: object as JsonMap,
      index,
    }));
    order.sort((a, b) => loadOrder(a.object) - loadOrder(b.object));
    for (const { object, index } of order) {
      const type = this.#typeFor(
        String(object.apiVersion),
        String(object.kind),
      );
      stored[index] = this.#operations.load(
        type,
        object,
        this.#fixtureManager,
      ) as KubernetesObject;
    }
    return stored;
  }

  /** The stored object, as served at `ref.apiVersion`, or undefined. */
  get(ref: KubernetesObjectReference): KubernetesObject | undefined {
    const type = this.#typeFor(ref.apiVersion, ref.kind);
    const stored = this.#store.get(
      storageKeyOf(type),
      type.namespaced ? ref.namespace ?? 'default' : undefined,
      ref.name,
    );
    return stored
      ? (presentObject(type, stored) as KubernetesObject)
      : undefined;
  }

  /** Stored objects of one kind, in one namespace or all. */
  list(
    apiVersion: string,
    kind: string,
    namespace?: string,
  ): KubernetesObject[] {
    const type = this.#typeFor(apiVersion, kind);
    return this.#store
      .list(storageKeyOf(type), type.namespaced ? namespace : undefined)
      .map(object => presentObject(type, object) as KubernetesObject);
  }

  /** Deletes an object at once (finalizers ignored); false if it did not exist. */
  remove(ref: KubernetesObjectReference): boolean {
    const type = this.#typeFor(ref.apiVersion, ref.kind);
    const namespace = type.namespaced ? ref.namespace ?? 'default' : undefined;
    return Boolean(this.#store.remove(storageKeyOf(type), namespace, ref.name));
  }

  async stop(): Promise<void> {
    for (const end of this.#watches) {
      end();
    }
    this.faults.clear();
    await new Promise<void>(resolve => {
      this.#server.close(() => resolve());
      // Hanging requests and idle keep-alive sockets would keep close() waiting.
      this.#server.closeAllConnections();
    });
  }

  #typeFor(apiVersion: string, kind: string): ResourceType {
    const { group, version } = splitApiVersion(apiVersion);
    const type = this.#registry.findByKind(group, version, kind);
    if (!type) {
      throw new Error(
        `The Kubernetes test server does not serve ${kind} in ${apiVersion}; load its CustomResourceDefinition first`,
      );
    }
    return type;
  }

  #context(): RequestContext {
    return {
      registry: this.#registry,
      store: this.#store,
      operations: this.#operations,
      faults: this.faults,
      version: this.#version,
      serverAddress: this.#url.replace(/^https?:\/\//, ''),
      tokens: this.#tokens,
      record: request => this.#requests.push(request),
      trackWatch: end => {
        this.#watches.add(end);
      },
    };
  }

  async #listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.#server.address() as AddressInfo;
    this.#url = `http://127.0.0.1:${port}`;
  }
}
