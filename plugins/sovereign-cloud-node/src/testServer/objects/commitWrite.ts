import { randomUUID } from 'node:crypto';
import { kubernetesTime } from '../apply/managedFields';
import { clone, jsonEqual, JsonMap, metadataOf } from '../json';
import { ObjectStore } from '../store/ObjectStore';
import { ResourceRegistry } from '../store/ResourceRegistry';
import { ResourceType, storageKeyOf } from '../store/ResourceType';
import {
  crdKey,
  foldSecretStringData,
  initialiseCrdStatus,
} from './clusterSideEffects';
import { presentObject } from './presentObject';
import { validateObject } from './validateObject';

/** Where writes go: the objects and the resource types they make served. */
export interface Stores {
  store: ObjectStore;
  registry: ResourceRegistry;
}

function withoutVolatile(object: JsonMap): JsonMap {
  const copy = clone(object);
  const metadata = metadataOf(copy);
  delete metadata.resourceVersion;
  if (Array.isArray(metadata.managedFields)) {
    metadata.managedFields = metadata.managedFields.map(entry => ({
      ...(entry as JsonMap),
      time: undefined,
    }));
  }
  return copy;
}

function specChanged(before: JsonMap, after: JsonMap): boolean {
  const strip = ({ metadata: _m, status: _s, ...rest }: JsonMap) => rest;
  return !jsonEqual(strip(before), strip(after));
}

/** Serves the resource types of the stored CRDs after a CRD changed. */
export function refreshServedTypes(
  { store, registry }: Stores,
  type: ResourceType,
): void {
  if (storageKeyOf(type) === crdKey) {
    registry.setCustomResourceDefinitions(store.list(crdKey));
  }
}

/**
 * The last step of every write: validation, server-maintained metadata (uid, creation
 * time, generation), no-op detection, deletion once the last finalizer is gone, and
 * storing (unless `dryRun`).
 */
export function commitWrite(
  { store, registry }: Stores,
  type: ResourceType,
  before: JsonMap | undefined,
  after: JsonMap,
  dryRun: boolean,
  fixture = false,
): JsonMap {
  const metadata = metadataOf(after);
  foldSecretStringData(type, after);
  validateObject(type, after);
  const key = storageKeyOf(type);
  if (!before) {
    metadata.uid = metadata.uid && fixture ? metadata.uid : randomUUID();
    metadata.creationTimestamp =
      metadata.creationTimestamp && fixture
        ? metadata.creationTimestamp
        : kubernetesTime();
    if (type.tracksGeneration) {
      metadata.generation = 1;
    }
    delete metadata.resourceVersion;
    if (!fixture) {
      delete metadata.deletionTimestamp;
    }
    initialiseCrdStatus(type, after);
    if (dryRun) {
      return presentObject(type, after);
    }
    const stored = store.write(key, after);
    refreshServedTypes({ store, registry }, type);
    return presentObject(type, stored);
  }

  const previous = metadataOf(before);
  for (const field of [
    'uid',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'generation',
  ]) {
    if (previous[field] === undefined) {
      delete metadata[field];
    } else {
      metadata[field] = previous[field];
    }
  }
  metadata.resourceVersion = previous.resourceVersion;
  if (type.tracksGeneration && specChanged(before, after)) {
    metadata.generation = Number(previous.generation ?? 0) + 1;
  }
  // An update that changes nothing is not written and bumps no resource version.
  if (jsonEqual(withoutVolatile(before), withoutVolatile(after))) {
    return before;
  }
  const finalizers = Array.isArray(metadata.finalizers)
    ? metadata.finalizers
    : [];
  if (metadata.deletionTimestamp && finalizers.length === 0) {
    if (dryRun) {
      return presentObject(type, after);
    }
    const removed = store.remove(
      key,
      metadata.namespace as string | undefined,
      String(metadata.name),
    )!;
    refreshServedTypes({ store, registry }, type);
    return presentObject(type, removed);
  }
  if (dryRun) {
    return presentObject(type, after);
  }
  const stored = store.write(key, after);
  refreshServedTypes({ store, registry }, type);
  return presentObject(type, stored);
}
