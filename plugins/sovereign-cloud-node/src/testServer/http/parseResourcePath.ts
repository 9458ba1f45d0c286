import { ResourceRegistry } from '../store/ResourceRegistry';
import { ResourceType } from '../store/ResourceType';
import { statusErrors } from './status';

/** What a request path addresses. */
export type PathTarget =
  | { kind: 'health' }
  | { kind: 'version' }
  | { kind: 'coreVersions' }
  | { kind: 'groupList' }
  | { kind: 'group'; group: string }
  | { kind: 'resourceList'; group: string; version: string }
  | {
      kind: 'resource';
      type: ResourceType;
      namespace?: string;
      name?: string;
      subresource?: string;
    }
  | { kind: 'unknown' };

/**
 * Parses `/api/v1/...` and `/apis/{group}/{version}/...` paths into a resource, a
 * namespace, a name and a subresource, as the API server's REST router does.
 */
export function parseResourcePath(
  pathname: string,
  registry: ResourceRegistry,
): PathTarget {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (
    ['healthz', 'readyz', 'livez'].includes(segments[0]) &&
    segments.length === 1
  ) {
    return { kind: 'health' };
  }
  if (segments[0] === 'version' && segments.length === 1) {
    return { kind: 'version' };
  }
  let group: string;
  let version: string;
  let rest: string[];
  if (segments[0] === 'api') {
    if (segments.length === 1) {
      return { kind: 'coreVersions' };
    }
    [group, version, rest] = ['', segments[1], segments.slice(2)];
  } else if (segments[0] === 'apis') {
    if (segments.length === 1) {
      return { kind: 'groupList' };
    }
    if (segments.length === 2) {
      return registry.groups().some(g => g.name === segments[1])
        ? { kind: 'group', group: segments[1] }
        : { kind: 'unknown' };
    }
    [group, version, rest] = [segments[1], segments[2], segments.slice(3)];
  } else {
    return { kind: 'unknown' };
  }
  if (registry.inGroupVersion(group, version).length === 0) {
    return { kind: 'unknown' };
  }
  if (rest.length === 0) {
    return { kind: 'resourceList', group, version };
  }
  // `namespaces/{ns}/{resource}/...` addresses a namespaced resource; anything else
  // under `namespaces/` is the Namespace object itself.
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const candidate = registry.find(group, version, rest[2]);
    if (candidate?.namespaced) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
  }
  const type = registry.find(group, version, rest[0]);
  if (
    !type ||
    rest.length > 3 ||
    (namespace === undefined && type.namespaced && rest.length > 1)
  ) {
    throw statusErrors.resourceNotFound();
  }
  return {
    kind: 'resource',
    type,
    namespace,
    name: rest[1],
    subresource: rest[2],
  };
}
