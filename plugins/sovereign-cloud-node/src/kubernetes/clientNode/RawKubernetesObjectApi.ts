import {
  ApiException,
  createConfiguration,
  HttpMethod,
  KubeConfig,
  KubernetesObjectApi,
  ResponseContext,
  ServerConfiguration,
  V1APIResource,
} from '@kubernetes/client-node';
import { requestScopeMiddleware } from './requestScope';

/** A request built on the client's server configuration, auth and transport. */
export interface RawRequest {
  method: 'GET' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  contentType?: string;
}

const methods = {
  GET: HttpMethod.GET,
  PATCH: HttpMethod.PATCH,
  DELETE: HttpMethod.DELETE,
};

/**
 * `KubernetesObjectApi` with JSON in and out. Its URL building, discovery cache,
 * authentication, TLS agent and node-fetch transport are used as they are; only the
 * typed ObjectSerializer is bypassed, because for built-in kinds it drops every field
 * whose JSON name differs from the generated model (`x-kubernetes-*`, `$ref`, `default`,
 * `enum` in CRD schemas) or that is newer than the 1.4 models, and turns timestamps into
 * `Date`s.
 */
export class RawKubernetesObjectApi extends KubernetesObjectApi {
  static fromKubeConfig(kubeConfig: KubeConfig): RawKubernetesObjectApi {
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster) {
      throw new Error('The kubeconfig has no current cluster');
    }
    const api = new RawKubernetesObjectApi(
      createConfiguration({
        baseServer: new ServerConfiguration(cluster.server, {}),
        authMethods: { default: kubeConfig },
        promiseMiddleware: [requestScopeMiddleware],
      }),
    );
    api.setDefaultNamespace(kubeConfig);
    return api;
  }

  /**
   * The REST path of an object, or of a collection when `name` is absent; `undefined`
   * when the cluster does not serve the kind. Uses the client's discovery cache, but not
   * its `specUriPath`, which lower-cases the whole path (names included).
   */
  async pathFor(ref: {
    apiVersion: string;
    kind: string;
    name?: string;
    namespace?: string;
  }): Promise<string | undefined> {
    let resource: V1APIResource | undefined;
    try {
      resource = await this.resource(ref.apiVersion, ref.kind);
    } catch (error) {
      // Discovery of a group version the cluster does not serve answers 404.
      if (error instanceof ApiException && error.code === 404) {
        return undefined;
      }
      throw error;
    }
    if (!resource) {
      return undefined;
    }
    const parts = [
      ref.apiVersion.includes('/')
        ? `/apis/${ref.apiVersion}`
        : `/api/${ref.apiVersion}`,
    ];
    // A namespaced object without a namespace lives in the context's (`default`);
    // a collection without one spans all namespaces.
    const namespace =
      ref.namespace ?? (ref.name ? this.defaultNamespace : undefined);
    if (resource.namespaced && namespace) {
      parts.push('namespaces', encodeURIComponent(namespace));
    }
    parts.push(resource.name);
    if (ref.name) {
      parts.push(encodeURIComponent(ref.name));
    }
    return parts.join('/');
  }

  async send<T>(request: RawRequest): Promise<T> {
    const context = this.configuration.baseServer.makeRequestContext(
      request.path,
      methods[request.method],
    );
    context.setHeaderParam('Accept', 'application/json');
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) {
        context.setQueryParam(key, value);
      }
    }
    if (request.body !== undefined) {
      context.setHeaderParam(
        'Content-Type',
        request.contentType ?? 'application/json',
      );
      context.setBody(JSON.stringify(request.body));
    }
    return this.requestPromise(context) as Promise<T>;
  }

  protected async processResponse<T>(response: ResponseContext): Promise<T> {
    const text = await response.body.text();
    if (response.httpStatusCode >= 200 && response.httpStatusCode <= 299) {
      return (text ? JSON.parse(text) : undefined) as T;
    }
    throw new ApiException(
      response.httpStatusCode,
      'Unsuccessful HTTP Request',
      text,
      response.headers,
    );
  }
}
