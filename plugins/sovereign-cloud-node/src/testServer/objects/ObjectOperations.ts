import { kubernetesTime } from '../apply/managedFields';
import { rootCursor } from '../apply/ObjectShape';
import {
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
} from '../apply/patches';
import {
  ManagedWrite,
  serverSideApply,
  trackUpdate,
} from '../apply/serverSideApply';
import { deletedStatus, statusErrors } from '../http/status';
import { clone, isJsonMap, JsonMap, metadataOf } from '../json';
import { ObjectStore } from '../store/ObjectStore';
import { ResourceRegistry } from '../store/ResourceRegistry';
import {
  apiVersionOf,
  ResourceType,
  storageKeyOf,
} from '../store/ResourceType';
import { namespacesKey, removeDependents } from './clusterSideEffects';
import { commitWrite, refreshServedTypes, Stores } from './commitWrite';
import { listObjects } from './listObjects';
import { presentObject } from './presentObject';
import {
  isDryRun,
  ListRequest,
  managedWriteFor,
  PatchType,
  WriteRequest,
} from './requests';
import { checkBodyMatchesRequest, validateObject } from './validateObject';

const generateNameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * The API server's object semantics over the store: create, read, list, update, patch
 * (merge, JSON, strategic, server-side apply), delete with finalizers, `dryRun=All`,
 * resource-version preconditions, status subresources, managed fields and validation.
 */
export class ObjectOperations {
  readonly #store: ObjectStore;
  readonly #registry: ResourceRegistry;
  readonly #stores: Stores;

  static create(
    store: ObjectStore,
    registry: ResourceRegistry,
  ): ObjectOperations {
    return new ObjectOperations(store, registry);
  }

  private constructor(store: ObjectStore, registry: ResourceRegistry) {
    this.#store = store;
    this.#registry = registry;
    this.#stores = { store, registry };
  }

  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): JsonMap {
    return presentObject(type, this.#require(type, namespace, name));
  }

  list(
    type: ResourceType,
    namespace: string | undefined,
    request: ListRequest,
  ): JsonMap {
    return listObjects(this.#store, type, namespace, request);
  }

  create(
    type: ResourceType,
    namespace: string | undefined,
    body: unknown,
    request: WriteRequest,
  ): JsonMap {
    const dryRun = isDryRun(request, 'CreateOptions');
    const object = this.#requireObject(body);
    checkBodyMatchesRequest(type, object, { namespace });
    const metadata = metadataOf(object);
    if (
      (metadata.name === undefined || metadata.name === '') &&
      typeof metadata.generateName === 'string'
    ) {
      metadata.name =
        metadata.generateName +
        Array.from(
          { length: 5 },
          () =>
            generateNameAlphabet[
              Math.floor(Math.random() * generateNameAlphabet.length)
            ],
        ).join('');
    }
    validateObject(type, object);
    if (type.namespaced) {
      this.#requireNamespace(namespace);
    }
    if (
      this.#store.get(
        storageKeyOf(type),
        type.namespaced ? namespace : undefined,
        String(metadata.name),
      )
    ) {
      throw statusErrors.alreadyExists(type, String(metadata.name));
    }
    if (type.hasStatus) {
      delete object.status;
    }
    delete metadata.managedFields;
    trackUpdate(
      undefined,
      object,
      managedWriteFor(type, request, { apply: false }),
    );
    return commitWrite(this.#stores, type, undefined, object, dryRun);
  }

  replace(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    request: WriteRequest,
    subresource?: 'status',
  ): JsonMap {
    const dryRun = isDryRun(request, 'UpdateOptions');
    const before = this.#require(type, namespace, name);
    const object = this.#requireObject(body);
    checkBodyMatchesRequest(type, object, { namespace, name });
    this.#checkResourceVersion(type, before, object);
    const after = this.#restrictToScope(type, before, object, subresource);
    trackUpdate(
      before,
      after,
      managedWriteFor(type, request, { apply: false, subresource }),
    );
    return commitWrite(this.#stores, type, before, after, dryRun);
  }

  patch(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    patchType: PatchType,
    patch: unknown,
    request: WriteRequest,
    subresource?: 'status',
  ): JsonMap {
    const dryRun = isDryRun(request, 'PatchOptions');
    if (patchType !== 'apply' && request.force !== undefined) {
      throw statusErrors.invalid('meta.k8s.io', 'PatchOptions', '', [
        {
          type: 'FieldValueForbidden',
          field: 'force',
          detail: 'may not be specified for non-apply patch',
        },
      ]);
    }
    if (patchType === 'strategic' && type.custom) {
      throw statusErrors.unsupportedMediaType(
        'application/strategic-merge-patch+json',
      );
    }
    const storedBefore = this.#store.get(
      storageKeyOf(type),
      type.namespaced ? namespace : undefined,
      name,
    );
    if (patchType === 'apply') {
      return this.#apply(
        type,
        namespace,
        name,
        storedBefore,
        patch,
        request,
        dryRun,
        subresource,
      );
    }
    if (!storedBefore) {
      throw statusErrors.notFound(type, name);
    }
    const before = presentObject(type, storedBefore);
    let patched: unknown;
    if (patchType === 'merge') {
      patched = applyMergePatch(before, patch);
    } else if (patchType === 'json') {
      patched = applyJsonPatch(before, patch);
    } else {
      patched = applyStrategicMergePatch(
        before,
        patch,
        rootCursor(type.schema),
      );
    }
    const object = this.#requireObject(patched);
    checkBodyMatchesRequest(type, object, { namespace, name });
    this.#checkResourceVersion(type, before, object);
    const after = this.#restrictToScope(type, before, object, subresource);
    trackUpdate(
      before,
      after,
      managedWriteFor(type, request, { apply: false, subresource }),
    );
    return commitWrite(this.#stores, type, before, after, dryRun);
  }

  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    request: WriteRequest & { preconditionResourceVersion?: string },
  ): JsonMap {
    const dryRun = isDryRun(request, 'DeleteOptions');
    const before = presentObject(type, this.#require(type, namespace, name));
    const metadata = metadataOf(before);
    if (
      request.preconditionResourceVersion &&
      request.preconditionResourceVersion !== metadata.resourceVersion
    ) {
      throw statusErrors.conflict(type, name);
    }
    const finalizers = Array.isArray(metadata.finalizers)
      ? metadata.finalizers
      : [];
    if (finalizers.length > 0) {
      // Deletion waits for the finalizers' controllers: mark the object and keep it.
      if (metadata.deletionTimestamp || dryRun) {
        return before;
      }
      const marked = clone(before);
      metadataOf(marked).deletionTimestamp = kubernetesTime();
      metadataOf(marked).deletionGracePeriodSeconds = 0;
      return presentObject(type, this.#store.write(storageKeyOf(type), marked));
    }
    if (dryRun) {
      return type.custom ? before : deletedStatus(type, name, metadata.uid);
    }
    removeDependents(this.#store, type, before);
    const removed = this.#store.remove(
      storageKeyOf(type),
      type.namespaced ? namespace : undefined,
      name,
    )!;
    refreshServedTypes(this.#stores, type);
    return type.custom
      ? presentObject(type, removed)
      : deletedStatus(type, name, metadata.uid);
  }

  deleteCollection(
    type: ResourceType,
    namespace: string | undefined,
    list: ListRequest,
    request: WriteRequest,
  ): JsonMap {
    const matching = this.list(type, namespace, {
      labelSelector: list.labelSelector,
      fieldSelector: list.fieldSelector,
    });
    const items = (matching.items as JsonMap[]).map(item =>
      this.delete(
        type,
        metadataOf(item).namespace as string | undefined,
        String(metadataOf(item).name),
        request,
      ),
    );
    return { ...matching, items: items.filter(i => i.kind !== 'Status') };
  }

  /**
   * Stores a fixture as if a client had created (or updated) it: namespaces it needs are
   * created, `managedFields` record `manager` unless the fixture brings its own, and the
   * status is kept (fixtures are how tests set status).
   */
  load(type: ResourceType, object: JsonMap, manager: string): JsonMap {
    const loaded = clone(object);
    const metadata = metadataOf(loaded);
    loaded.apiVersion = apiVersionOf(type);
    loaded.kind = type.kind;
    if (type.namespaced) {
      metadata.namespace = metadata.namespace || 'default';
      this.#ensureNamespace(String(metadata.namespace), manager);
    } else {
      delete metadata.namespace;
    }
    validateObject(type, loaded);
    const before = this.#store.get(
      storageKeyOf(type),
      metadata.namespace as string | undefined,
      String(metadata.name),
    );
    if (!Array.isArray(metadata.managedFields)) {
      const write: ManagedWrite = {
        cursor: rootCursor(type.schema),
        scope: 'main',
        hasStatus: type.hasStatus,
        manager,
        apiVersion: apiVersionOf(type),
      };
      trackUpdate(
        before ? presentObject(type, before) : undefined,
        loaded,
        write,
      );
    }
    return commitWrite(
      this.#stores,
      type,
      before ? presentObject(type, before) : undefined,
      loaded,
      false,
      true,
    );
  }

  #apply(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    storedBefore: JsonMap | undefined,
    patch: unknown,
    request: WriteRequest,
    dryRun: boolean,
    subresource?: 'status',
  ): JsonMap {
    const applied = this.#requireObject(patch);
    checkBodyMatchesRequest(type, applied, { namespace, name, apply: true });
    if (metadataOf(applied).managedFields !== undefined) {
      throw statusErrors.badRequest('metadata.managedFields must be nil');
    }
    const before = storedBefore ? presentObject(type, storedBefore) : undefined;
    if (!before) {
      if (subresource) {
        throw statusErrors.notFound(type, name);
      }
      validateObject(type, applied);
      if (type.namespaced) {
        this.#requireNamespace(namespace);
      }
    } else {
      this.#checkResourceVersion(type, before, applied);
    }
    delete metadataOf(applied).resourceVersion;
    const write = {
      ...managedWriteFor(type, request, { apply: true, subresource }),
      force: request.force === true,
    };
    const merged = serverSideApply(before, applied, write);
    const after = before
      ? this.#restrictToScope(type, before, merged, subresource)
      : merged;
    if (!before && type.hasStatus) {
      delete after.status;
    }
    return commitWrite(this.#stores, type, before, after, dryRun);
  }

  /** Main-resource writes keep the stored status; status writes keep everything else. */
  #restrictToScope(
    type: ResourceType,
    before: JsonMap,
    after: JsonMap,
    subresource?: 'status',
  ): JsonMap {
    if (subresource === 'status') {
      const result = clone(before);
      result.status = after.status;
      metadataOf(result).managedFields =
        metadataOf(after).managedFields ?? metadataOf(before).managedFields;
      return result;
    }
    if (type.hasStatus) {
      if (before.status === undefined) {
        delete after.status;
      } else {
        after.status = clone(before.status);
      }
    }
    return after;
  }

  #checkResourceVersion(
    type: ResourceType,
    before: JsonMap,
    body: JsonMap,
  ): void {
    const requested = metadataOf(body).resourceVersion;
    if (
      requested !== undefined &&
      requested !== '' &&
      requested !== metadataOf(before).resourceVersion
    ) {
      throw statusErrors.conflict(type, String(metadataOf(before).name));
    }
  }

  #require(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): JsonMap {
    const found = this.#store.get(
      storageKeyOf(type),
      type.namespaced ? namespace : undefined,
      name,
    );
    if (!found) {
      throw statusErrors.notFound(type, name);
    }
    return found;
  }

  #requireObject(body: unknown): JsonMap {
    if (!isJsonMap(body)) {
      throw statusErrors.badRequest(
        'the body of the request must be a JSON or YAML object',
      );
    }
    return clone(body);
  }

  #requireNamespace(namespace: string | undefined): void {
    if (!namespace || !this.#store.get(namespacesKey, undefined, namespace)) {
      throw statusErrors.notFound(
        { group: '', plural: 'namespaces', kind: 'Namespace' },
        namespace ?? '',
      );
    }
  }

  #ensureNamespace(namespace: string, manager: string): void {
    if (!this.#store.get(namespacesKey, undefined, namespace)) {
      const type = this.#registry.find('', 'v1', 'namespaces')!;
      this.load(
        type,
        {
          metadata: { name: namespace },
          spec: { finalizers: ['kubernetes'] },
          status: { phase: 'Active' },
        },
        manager,
      );
    }
  }
}
