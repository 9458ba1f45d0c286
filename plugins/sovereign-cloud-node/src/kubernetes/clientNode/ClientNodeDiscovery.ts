import { KubernetesNotFoundError } from '../errors/KubernetesApiError';
import {
  KubernetesApiGroup,
  KubernetesApiResource,
  KubernetesDiscovery,
  KubernetesRequestOptions,
  KubernetesServerVersion,
} from '../KubernetesClusterClient';
import { RawKubernetesObjectApi } from './RawKubernetesObjectApi';

/** Runs one client call with credentials, timeout, abort and error mapping. */
export type ClusterCallRunner = <T>(
  operation: string,
  options: KubernetesRequestOptions | undefined,
  call: (api: RawKubernetesObjectApi) => Promise<T>,
) => Promise<T>;

interface ApiResourceList {
  groupVersion?: string;
  resources?: Array<{
    name: string;
    kind: string;
    namespaced: boolean;
    verbs?: string[];
    shortNames?: string[];
  }>;
}

interface ApiGroupList {
  groups?: Array<{
    name: string;
    versions?: Array<{ version: string }>;
    preferredVersion?: { version: string };
  }>;
}

/** Discovery through the cluster's `/version`, `/api` and `/apis` documents. */
export class ClientNodeDiscovery implements KubernetesDiscovery {
  readonly #run: ClusterCallRunner;

  static create(run: ClusterCallRunner): ClientNodeDiscovery {
    return new ClientNodeDiscovery(run);
  }

  private constructor(run: ClusterCallRunner) {
    this.#run = run;
  }

  serverVersion(
    options?: KubernetesRequestOptions,
  ): Promise<KubernetesServerVersion> {
    return this.#run('read the server version', options, async api => {
      const info = await api.send<Record<string, string>>({
        method: 'GET',
        path: '/version',
      });
      return {
        major: info.major,
        minor: info.minor,
        gitVersion: info.gitVersion,
        platform: info.platform,
      };
    });
  }

  apiGroups(options?: KubernetesRequestOptions): Promise<KubernetesApiGroup[]> {
    return this.#run('list the API groups', options, async api => {
      const core = await api.send<{ versions?: string[] }>({
        method: 'GET',
        path: '/api',
      });
      const named = await api.send<ApiGroupList>({
        method: 'GET',
        path: '/apis',
      });
      const coreVersions = core.versions ?? [];
      return [
        {
          name: '',
          versions: coreVersions,
          preferredVersion: coreVersions[0] ?? 'v1',
        },
        ...(named.groups ?? []).map(group => {
          const versions = (group.versions ?? []).map(v => v.version);
          return {
            name: group.name,
            versions,
            preferredVersion: group.preferredVersion?.version ?? versions[0],
          };
        }),
      ];
    });
  }

  apiResources(
    groupVersion: string,
    options?: KubernetesRequestOptions,
  ): Promise<KubernetesApiResource[]> {
    const path = groupVersion.includes('/')
      ? `/apis/${groupVersion}`
      : `/api/${groupVersion}`;
    return this.#run(
      `list the resources of ${groupVersion}`,
      options,
      async api => {
        const list = await api.send<ApiResourceList>({ method: 'GET', path });
        return (list.resources ?? [])
          .filter(resource => !resource.name.includes('/'))
          .map(resource => ({
            groupVersion,
            name: resource.name,
            kind: resource.kind,
            namespaced: resource.namespaced,
            verbs: resource.verbs ?? [],
            shortNames: resource.shortNames ?? [],
          }));
      },
    );
  }

  async findResource(
    apiVersion: string,
    kind: string,
    options?: KubernetesRequestOptions,
  ): Promise<KubernetesApiResource | undefined> {
    try {
      const resources = await this.apiResources(apiVersion, options);
      return resources.find(resource => resource.kind === kind);
    } catch (error) {
      if (error instanceof KubernetesNotFoundError) {
        return undefined;
      }
      throw error;
    }
  }
}
