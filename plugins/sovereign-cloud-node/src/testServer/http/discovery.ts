import { JsonMap } from '../json';
import { ResourceRegistry } from '../store/ResourceRegistry';
import { resourceVerbs } from '../store/ResourceType';

/**
 * What `/version` of a `KubernetesTestServer` reports; tests can pretend to be any
 * Kubernetes release.
 *
 * @public
 */
export interface KubernetesTestServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
  platform: string;
}

export const defaultServerVersion: KubernetesTestServerVersion = {
  major: '1',
  minor: '34',
  gitVersion: 'v1.34.1',
  platform: 'linux/amd64',
};

export function versionDocument(info: KubernetesTestServerVersion): JsonMap {
  return {
    major: info.major,
    minor: info.minor,
    emulationMajor: info.major,
    emulationMinor: info.minor,
    gitVersion: info.gitVersion,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2025-09-09T00:00:00Z',
    goVersion: 'go1.24.6',
    compiler: 'gc',
    platform: info.platform,
  };
}

export function coreVersionsDocument(serverAddress: string): JsonMap {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupDocument(name: string, versions: string[]): JsonMap {
  const entries = versions.map(version => ({
    groupVersion: `${name}/${version}`,
    version,
  }));
  return { name, versions: entries, preferredVersion: entries[0] };
}

export function groupListDocument(registry: ResourceRegistry): JsonMap {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: registry.groups().map(g => groupDocument(g.name, g.versions)),
  };
}

export function groupDocumentFor(
  registry: ResourceRegistry,
  group: string,
): JsonMap {
  const served = registry.groups().find(g => g.name === group)!;
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    ...groupDocument(served.name, served.versions),
  };
}

export function resourceListDocument(
  registry: ResourceRegistry,
  group: string,
  version: string,
): JsonMap {
  const resources = registry.inGroupVersion(group, version).flatMap(type => {
    const main = {
      name: type.plural,
      singularName: type.singular,
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: resourceVerbs,
      ...(type.shortNames.length ? { shortNames: type.shortNames } : {}),
      ...(type.categories.length ? { categories: type.categories } : {}),
    };
    const status = {
      name: `${type.plural}/status`,
      singularName: '',
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: ['get', 'patch', 'update'],
    };
    return type.hasStatus ? [main, status] : [main];
  });
  return {
    kind: 'APIResourceList',
    ...(group ? { apiVersion: 'v1' } : {}),
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}
