import { ApiException, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import {
  KubernetesTestServer,
  KubernetesTestServerOptions,
} from './KubernetesTestServer';

/** The `Status` a failed client-node call received. */
export async function failure(
  call: Promise<unknown>,
): Promise<{ code: number; status: any }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiException) {
      const body = error.body as unknown;
      return {
        code: error.code,
        status: typeof body === 'string' && body ? JSON.parse(body) : body,
      };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** A request with the server's token, outside client-node. */
export async function raw(
  server: KubernetesTestServer,
  path: string,
  init: RequestInit = {},
) {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${server.token}`, ...init.headers },
  });
}

/** A started server with a KubeConfig and a CoreV1Api client for it. */
export interface ServerWithClients {
  server: KubernetesTestServer;
  kc: KubeConfig;
  core: CoreV1Api;
}

/** Starts a fresh server before each test and stops it after. */
export function useTestServer(
  options: KubernetesTestServerOptions = {},
): ServerWithClients {
  const context = {} as ServerWithClients;
  beforeEach(async () => {
    context.server = await KubernetesTestServer.start(options);
    context.kc = context.server.kubeConfig();
    context.core = context.kc.makeApiClient(CoreV1Api);
  });
  afterEach(async () => {
    await context.server.stop();
  });
  return context;
}
