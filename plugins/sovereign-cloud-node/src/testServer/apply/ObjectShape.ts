import { canonicalJson, isJsonMap, JsonMap } from '../json';

/** How a list merges under server-side apply. */
export type ListSemantics =
  | { type: 'map'; keys: Array<{ name: string; default?: unknown }> }
  | { type: 'set' }
  | { type: 'atomic' };

/** Where a walk over an object stands: the field name and, for CRDs, the schema node. */
export interface ShapeCursor {
  child(field: string): ShapeCursor;
  item(): ShapeCursor;
  /** Whether a map is merged key by key (`granular`) or replaced as a whole. */
  mapSemantics(value: JsonMap): 'granular' | 'atomic';
  listSemantics(items: unknown[]): ListSemantics;
}

// Keyed lists of the built-in kinds (their `listType=map` markers), by field name.
const knownListKeys: Record<
  string,
  Array<{ name: string; default?: unknown }>
> = {
  containers: [{ name: 'name' }],
  initContainers: [{ name: 'name' }],
  ephemeralContainers: [{ name: 'name' }],
  env: [{ name: 'name' }],
  volumes: [{ name: 'name' }],
  volumeMounts: [{ name: 'mountPath' }],
  volumeDevices: [{ name: 'devicePath' }],
  conditions: [{ name: 'type' }],
  ownerReferences: [{ name: 'uid' }],
  imagePullSecrets: [{ name: 'name' }],
  hostAliases: [{ name: 'ip' }],
};
const knownSets = new Set(['finalizers']);
const atomicMaps = new Set(['nodeSelector']);

function portKeys(items: unknown[]): ListSemantics {
  const objects = items.filter(isJsonMap);
  if (objects.length && objects.every(p => p.containerPort !== undefined)) {
    return {
      type: 'map',
      keys: [{ name: 'containerPort' }, { name: 'protocol', default: 'TCP' }],
    };
  }
  if (objects.length && objects.every(p => p.port !== undefined)) {
    return {
      type: 'map',
      keys: [{ name: 'port' }, { name: 'protocol', default: 'TCP' }],
    };
  }
  return { type: 'atomic' };
}

/** Lists without a schema: the built-ins' keyed lists, then any list of named objects. */
function guessListSemantics(
  field: string | undefined,
  items: unknown[],
): ListSemantics {
  if (field === 'ports') {
    return portKeys(items);
  }
  if (field && knownSets.has(field)) {
    return { type: 'set' };
  }
  if (field && knownListKeys[field]) {
    return { type: 'map', keys: knownListKeys[field] };
  }
  if (
    items.length > 0 &&
    items.every(i => isJsonMap(i) && typeof i.name === 'string')
  ) {
    return { type: 'map', keys: [{ name: 'name' }] };
  }
  return { type: 'atomic' };
}

function schemaListSemantics(schema: JsonMap): ListSemantics {
  const listType = schema['x-kubernetes-list-type'];
  if (listType === 'set') {
    return { type: 'set' };
  }
  if (
    listType === 'map' &&
    Array.isArray(schema['x-kubernetes-list-map-keys'])
  ) {
    const itemProps =
      isJsonMap(schema.items) && isJsonMap(schema.items.properties)
        ? schema.items.properties
        : {};
    return {
      type: 'map',
      keys: (schema['x-kubernetes-list-map-keys'] as unknown[]).map(k => {
        const prop = itemProps[String(k)];
        return {
          name: String(k),
          default: isJsonMap(prop) ? prop.default : undefined,
        };
      }),
    };
  }
  // Structural schemas make lists atomic unless they say otherwise.
  return { type: 'atomic' };
}

function childSchema(
  schema: JsonMap | undefined,
  field: string,
): JsonMap | undefined {
  if (!schema) {
    return undefined;
  }
  if (isJsonMap(schema.properties) && isJsonMap(schema.properties[field])) {
    return schema.properties[field] as JsonMap;
  }
  if (isJsonMap(schema.additionalProperties)) {
    return schema.additionalProperties;
  }
  return undefined;
}

/** A schema node that actually describes its children (not `preserve-unknown-fields` only). */
function describesChildren(schema: JsonMap | undefined): schema is JsonMap {
  return (
    !!schema &&
    (isJsonMap(schema.properties) ||
      isJsonMap(schema.additionalProperties) ||
      isJsonMap(schema.items) ||
      typeof schema['x-kubernetes-list-type'] === 'string' ||
      typeof schema['x-kubernetes-map-type'] === 'string')
  );
}

class Cursor implements ShapeCursor {
  constructor(
    private readonly field: string | undefined,
    private readonly schema: JsonMap | undefined,
    private readonly depth: number,
    private readonly inMetadata: boolean,
  ) {}

  child(field: string): ShapeCursor {
    const inMetadata =
      this.inMetadata || (this.depth === 0 && field === 'metadata');
    // ObjectMeta has the same semantics for every kind; CRD schemas rarely describe it.
    const schema = inMetadata ? undefined : childSchema(this.schema, field);
    return new Cursor(field, schema, this.depth + 1, inMetadata);
  }

  item(): ShapeCursor {
    const schema =
      this.schema && isJsonMap(this.schema.items)
        ? this.schema.items
        : undefined;
    return new Cursor(this.field, schema, this.depth + 1, this.inMetadata);
  }

  mapSemantics(value: JsonMap): 'granular' | 'atomic' {
    if (describesChildren(this.schema)) {
      return this.schema['x-kubernetes-map-type'] === 'atomic'
        ? 'atomic'
        : 'granular';
    }
    if (this.field && atomicMaps.has(this.field)) {
      return 'atomic';
    }
    // LabelSelector is an atomic struct wherever it appears.
    if (
      this.field === 'selector' &&
      ('matchLabels' in value || 'matchExpressions' in value)
    ) {
      return 'atomic';
    }
    return 'granular';
  }

  listSemantics(items: unknown[]): ListSemantics {
    const semantics = describesChildren(this.schema)
      ? schemaListSemantics(this.schema)
      : guessListSemantics(this.field, items);
    return usableSemantics(semantics, items);
  }
}

/** The path element of a list item, e.g. `k:{"name":"nginx"}` or `v:"finalizer"`. */
export function itemElement(
  semantics: ListSemantics,
  item: unknown,
): string | undefined {
  if (semantics.type === 'set') {
    return `v:${canonicalJson(item)}`;
  }
  if (semantics.type === 'map' && isJsonMap(item)) {
    const key: JsonMap = {};
    for (const { name, default: fallback } of semantics.keys) {
      const value = item[name] ?? fallback;
      if (value === undefined) {
        return undefined;
      }
      key[name] = value;
    }
    return `k:${canonicalJson(key)}`;
  }
  return undefined;
}

/** Keyed semantics fall back to atomic when an item lacks a key or keys repeat. */
function usableSemantics(
  semantics: ListSemantics,
  items: unknown[],
): ListSemantics {
  if (semantics.type === 'atomic') {
    return semantics;
  }
  const elements = items.map(item => itemElement(semantics, item));
  if (
    elements.some(e => e === undefined) ||
    new Set(elements).size !== elements.length
  ) {
    return { type: 'atomic' };
  }
  return semantics;
}

/** The root cursor for objects of one resource version (its CRD schema, if any). */
export function rootCursor(schema: unknown): ShapeCursor {
  return new Cursor(
    undefined,
    isJsonMap(schema) ? schema : undefined,
    0,
    false,
  );
}
