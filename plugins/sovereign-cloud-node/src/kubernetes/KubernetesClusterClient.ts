import { KubernetesObject, KubernetesObjectReference } from './types';

/**
 * Options every call accepts.
 *
 * @public
 */
export interface KubernetesRequestOptions {
  /** Aborts the call; it then rejects with a `KubernetesRequestAbortedError`. */
  signal?: AbortSignal;
}

/**
 * Options of {@link KubernetesClusterClient.list}.
 *
 * @public
 */
export interface KubernetesListOptions extends KubernetesRequestOptions {
  /** List in one namespace; all namespaces when absent. */
  namespace?: string;
  /** A Kubernetes label selector, e.g. `app=web,tier in (frontend,edge),!canary`. */
  labelSelector?: string;
  /** A field selector, e.g. `metadata.name=web`. */
  fieldSelector?: string;
  /** Objects per request; the list follows `continue` tokens until done. Default 500. */
  pageSize?: number;
}

/**
 * All objects of a list, gathered from every page.
 *
 * @public
 */
export interface KubernetesObjectList<
  T extends KubernetesObject = KubernetesObject,
> {
  /** The resource version of the list, to start a watch from. */
  resourceVersion: string;
  items: T[];
}

/**
 * Options of {@link KubernetesClusterClient.apply}.
 *
 * @public
 */
export interface KubernetesApplyOptions extends KubernetesRequestOptions {
  /** The field manager that owns what is applied, e.g. `sovereign-cloud`. */
  fieldManager: string;
  /** Take over fields other managers own instead of failing with a conflict. */
  force?: boolean;
  /** Validate on the server (`dryRun=All`) without storing anything. */
  dryRun?: boolean;
}

/**
 * Options of {@link KubernetesClusterClient.delete}.
 *
 * @public
 */
export interface KubernetesDeleteOptions extends KubernetesRequestOptions {
  dryRun?: boolean;
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
}

/**
 * The API server's version.
 *
 * @public
 */
export interface KubernetesServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
  platform?: string;
}

/**
 * An API group and its served versions (the core group has the name `''`).
 *
 * @public
 */
export interface KubernetesApiGroup {
  name: string;
  versions: string[];
  preferredVersion: string;
}

/**
 * A resource served in one group version.
 *
 * @public
 */
export interface KubernetesApiResource {
  /** The group version, e.g. `apps/v1` or `v1`. */
  groupVersion: string;
  /** The plural resource name used in URLs, e.g. `deployments`. */
  name: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames: string[];
}

/**
 * What a cluster serves.
 *
 * @public
 */
export interface KubernetesDiscovery {
  serverVersion(
    options?: KubernetesRequestOptions,
  ): Promise<KubernetesServerVersion>;
  /** All API groups, the core group first. */
  apiGroups(options?: KubernetesRequestOptions): Promise<KubernetesApiGroup[]>;
  /** The resources of one group version (subresources left out). */
  apiResources(
    groupVersion: string,
    options?: KubernetesRequestOptions,
  ): Promise<KubernetesApiResource[]>;
  /** The resource serving a kind, or `undefined` when the cluster does not serve it. */
  findResource(
    apiVersion: string,
    kind: string,
    options?: KubernetesRequestOptions,
  ): Promise<KubernetesApiResource | undefined>;
}

/**
 * The operations the sovereign-cloud suite performs on one cluster. Objects go in and
 * come out as plain JSON; failures are typed errors (see `KubernetesApiError`).
 *
 * @public
 */
export interface KubernetesClusterClient {
  readonly cluster: { name: string; url: string };
  readonly discovery: KubernetesDiscovery;
  list<T extends KubernetesObject = KubernetesObject>(
    apiVersion: string,
    kind: string,
    options?: KubernetesListOptions,
  ): Promise<KubernetesObjectList<T>>;
  get<T extends KubernetesObject = KubernetesObject>(
    ref: KubernetesObjectReference,
    options?: KubernetesRequestOptions,
  ): Promise<T>;
  /**
   * Server-side applies the objects in order and returns what the server stored (or,
   * with `dryRun`, would store). Stops at the first failure.
   */
  apply(
    objects: KubernetesObject[],
    options: KubernetesApplyOptions,
  ): Promise<KubernetesObject[]>;
  delete(
    ref: KubernetesObjectReference,
    options?: KubernetesDeleteOptions,
  ): Promise<void>;
}
