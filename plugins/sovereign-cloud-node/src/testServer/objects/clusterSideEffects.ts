import { kubernetesTime } from '../apply/managedFields';
import { clone, isJsonMap, JsonMap, metadataOf } from '../json';
import { ObjectStore } from '../store/ObjectStore';
import { ResourceType, storageKeyOf } from '../store/ResourceType';

export const namespacesKey = storageKeyOf({ group: '', plural: 'namespaces' });
export const crdKey = storageKeyOf({
  group: 'apiextensions.k8s.io',
  plural: 'customresourcedefinitions',
});

const secretsKey = storageKeyOf({ group: '', plural: 'secrets' });

/**
 * A Secret's `stringData` is write-only: the API server folds it into `data`
 * (base64, winning over `data` keys of the same name) and never stores it.
 */
export function foldSecretStringData(
  type: ResourceType,
  object: JsonMap,
): void {
  if (storageKeyOf(type) !== secretsKey || !('stringData' in object)) {
    return;
  }
  const stringData = isJsonMap(object.stringData) ? object.stringData : {};
  const data = isJsonMap(object.data) ? object.data : {};
  for (const [key, value] of Object.entries(stringData)) {
    data[key] = Buffer.from(String(value), 'utf8').toString('base64');
  }
  if (Object.keys(data).length > 0) {
    object.data = data;
  }
  delete object.stringData;
}

/** Deleting a namespace deletes its objects; deleting a CRD deletes its resources. */
export function removeDependents(
  store: ObjectStore,
  type: ResourceType,
  object: JsonMap,
): void {
  const name = String(metadataOf(object).name);
  if (storageKeyOf(type) === namespacesKey) {
    for (const key of store.storageKeys()) {
      for (const item of store.list(key, name)) {
        store.remove(key, name, String(metadataOf(item).name));
      }
    }
  }
  if (storageKeyOf(type) === crdKey) {
    const spec = isJsonMap(object.spec) ? object.spec : {};
    const plural = isJsonMap(spec.names) ? String(spec.names.plural) : '';
    const key = storageKeyOf({ group: String(spec.group), plural });
    for (const item of store.list(key)) {
      store.remove(
        key,
        metadataOf(item).namespace as string | undefined,
        String(metadataOf(item).name),
      );
    }
  }
}

/** A new CRD is accepted and established at once, as a healthy API server reports. */
export function initialiseCrdStatus(type: ResourceType, object: JsonMap): void {
  if (storageKeyOf(type) !== crdKey) {
    return;
  }
  const spec = isJsonMap(object.spec) ? object.spec : {};
  const now = kubernetesTime();
  object.status = {
    acceptedNames: clone(spec.names),
    conditions: [
      {
        type: 'NamesAccepted',
        status: 'True',
        lastTransitionTime: now,
        reason: 'NoConflicts',
        message: 'no conflicts found',
      },
      {
        type: 'Established',
        status: 'True',
        lastTransitionTime: now,
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
    ],
    storedVersions: Array.isArray(spec.versions)
      ? spec.versions
          .filter(v => isJsonMap(v) && v.storage)
          .map(v => (v as JsonMap).name)
      : [],
  };
}
