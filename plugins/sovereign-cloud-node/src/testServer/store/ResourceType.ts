/** One REST resource the test server serves, in one group version. */
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Writes to the main resource ignore `.status` (a `status` subresource exists). */
  hasStatus: boolean;
  /** `metadata.generation` counts changes outside metadata and status. */
  tracksGeneration: boolean;
  /** OpenAPI v3 schema of a CRD version; guides list and map semantics for apply. */
  schema?: unknown;
  /** Defined by a CustomResourceDefinition (list items carry apiVersion/kind). */
  custom: boolean;
}

export function apiVersionOf(type: { group: string; version: string }): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

/** The key under which all versions of one resource share storage. */
export function storageKeyOf(type: { group: string; plural: string }): string {
  return `${type.group}/${type.plural}`;
}

export const resourceVerbs = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];
