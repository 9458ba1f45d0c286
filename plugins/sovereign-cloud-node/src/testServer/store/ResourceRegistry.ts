import { isJsonMap, JsonMap } from '../json';
import { builtinResourceTypes } from './builtinResources';
import { ResourceType } from './ResourceType';
import { compareVersionPriority } from './versionPriority';

/** An API group and its served versions, preferred version first. */
export interface ServedGroup {
  name: string;
  versions: string[];
}

/** Reads the resource types a CustomResourceDefinition serves. */
export function resourceTypesOfCrd(crd: JsonMap): ResourceType[] {
  const spec = isJsonMap(crd.spec) ? crd.spec : {};
  const names = isJsonMap(spec.names) ? spec.names : {};
  const group = String(spec.group ?? '');
  const kind = String(names.kind ?? '');
  const plural = String(names.plural ?? '');
  const versions = Array.isArray(spec.versions)
    ? spec.versions.filter(isJsonMap)
    : [];
  if (!group || !kind || !plural) {
    return [];
  }
  return versions
    .filter(v => v.served !== false && typeof v.name === 'string')
    .map(v => {
      const subresources = isJsonMap(v.subresources) ? v.subresources : {};
      const schema = isJsonMap(v.schema) ? v.schema.openAPIV3Schema : undefined;
      return {
        group,
        version: v.name as string,
        kind,
        listKind: String(names.listKind ?? `${kind}List`),
        plural,
        singular: String(names.singular ?? kind.toLowerCase()),
        namespaced: spec.scope !== 'Cluster',
        shortNames: Array.isArray(names.shortNames)
          ? names.shortNames.map(String)
          : [],
        categories: Array.isArray(names.categories)
          ? names.categories.map(String)
          : [],
        hasStatus: isJsonMap(subresources.status),
        tracksGeneration: true,
        schema,
        custom: true,
      };
    });
}

/**
 * The resource types the test server serves: the built-in kinds plus those of every
 * CustomResourceDefinition in its store (re-read whenever a CRD changes).
 */
export class ResourceRegistry {
  #custom: ResourceType[] = [];

  static create(): ResourceRegistry {
    return new ResourceRegistry();
  }

  private constructor() {}

  setCustomResourceDefinitions(crds: JsonMap[]): void {
    this.#custom = crds.flatMap(resourceTypesOfCrd);
  }

  all(): ResourceType[] {
    // Built-ins win if a CRD tries to redefine one of their resources.
    const builtinKeys = new Set(
      builtinResourceTypes.map(t => `${t.group}/${t.version}/${t.plural}`),
    );
    return [
      ...builtinResourceTypes,
      ...this.#custom.filter(
        t => !builtinKeys.has(`${t.group}/${t.version}/${t.plural}`),
      ),
    ];
  }

  find(
    group: string,
    version: string,
    plural: string,
  ): ResourceType | undefined {
    return this.all().find(
      t => t.group === group && t.version === version && t.plural === plural,
    );
  }

  findByKind(
    group: string,
    version: string,
    kind: string,
  ): ResourceType | undefined {
    return this.all().find(
      t => t.group === group && t.version === version && t.kind === kind,
    );
  }

  inGroupVersion(group: string, version: string): ResourceType[] {
    return this.all().filter(t => t.group === group && t.version === version);
  }

  /** Named groups (not the core group), each with its versions in priority order. */
  groups(): ServedGroup[] {
    const versionsByGroup = new Map<string, Set<string>>();
    for (const type of this.all()) {
      if (type.group) {
        const versions = versionsByGroup.get(type.group) ?? new Set<string>();
        versions.add(type.version);
        versionsByGroup.set(type.group, versions);
      }
    }
    return [...versionsByGroup.entries()].map(([name, versions]) => ({
      name,
      versions: [...versions].sort(compareVersionPriority),
    }));
  }
}
