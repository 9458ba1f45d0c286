import {
  KubernetesApiGroup,
  KubernetesClusterClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { stringAt } from '../../util/json';

/** Cluster API versions of `cluster.x-k8s.io`, newest first. */
const CLUSTER_API_VERSIONS = ['v1beta2', 'v1beta1'];
const CLUSTER_API_GROUP = 'cluster.x-k8s.io';

/**
 * Answers "which apiVersion serves this kind here?" through the cluster's
 * discovery documents, once per kind for one discovery run. References in
 * v1beta2 objects carry only an API group (the version is the provider's
 * business), and v1beta1 references may name a version that is no longer served.
 */
export class ApiVersionResolver {
  readonly #client: KubernetesClusterClient;
  #groups?: Promise<KubernetesApiGroup[]>;
  readonly #resolved = new Map<string, Promise<string | undefined>>();

  static create(client: KubernetesClusterClient): ApiVersionResolver {
    return new ApiVersionResolver(client);
  }

  private constructor(client: KubernetesClusterClient) {
    this.#client = client;
  }

  /** `cluster.x-k8s.io/v1beta2` where served, else `…/v1beta1`; throws when neither is. */
  async clusterApiVersion(): Promise<string> {
    const groups = await this.#apiGroups();
    const group = groups.find(g => g.name === CLUSTER_API_GROUP);
    const version = CLUSTER_API_VERSIONS.find(v => group?.versions.includes(v));
    if (!version) {
      throw new Error(
        `Cluster API is not served here: API group ${CLUSTER_API_GROUP} has none of ${CLUSTER_API_VERSIONS.join(
          ', ',
        )} (served: ${group?.versions.join(', ') || 'nothing'})`,
      );
    }
    return `${CLUSTER_API_GROUP}/${version}`;
  }

  /**
   * The apiVersion for a reference (`{apiGroup, kind}` in v1beta2,
   * `{apiVersion, kind}` in v1beta1), or undefined when nothing serves it.
   */
  async forReference(ref: unknown): Promise<string | undefined> {
    const kind = stringAt(ref, 'kind');
    const apiVersion = stringAt(ref, 'apiVersion');
    const group =
      stringAt(ref, 'apiGroup') ??
      apiVersion?.split('/').slice(0, -1).join('/');
    if (!kind || group === undefined) return undefined;
    const key = `${apiVersion ?? group}|${kind}`;
    let resolved = this.#resolved.get(key);
    if (!resolved) {
      resolved = this.#resolve(group, kind, apiVersion);
      this.#resolved.set(key, resolved);
    }
    return resolved;
  }

  async #resolve(
    group: string,
    kind: string,
    preferred?: string,
  ): Promise<string | undefined> {
    const discovery = this.#client.discovery;
    if (preferred && (await discovery.findResource(preferred, kind)))
      return preferred;
    const served = (await this.#apiGroups()).find(g => g.name === group);
    if (!served) return undefined;
    const versions = [
      served.preferredVersion,
      ...served.versions.filter(v => v !== served.preferredVersion),
    ];
    for (const version of versions) {
      const apiVersion = group ? `${group}/${version}` : version;
      if (await discovery.findResource(apiVersion, kind)) return apiVersion;
    }
    return undefined;
  }

  #apiGroups(): Promise<KubernetesApiGroup[]> {
    this.#groups ??= this.#client.discovery.apiGroups();
    return this.#groups;
  }
}
