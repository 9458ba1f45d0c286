import { InputError } from '@backstage/errors';
import { ObjectDiff } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ApplyConflictError,
  KubernetesNotFoundError,
} from '../../kubernetes/errors/KubernetesApiError';
import { KubernetesClusterClient } from '../../kubernetes/KubernetesClusterClient';
import { KubernetesObject } from '../../kubernetes/types';
import {
  compareFields,
  emptyOwnership,
  flattenFields,
  readFieldOwnership,
} from './fieldPaths';

/** `Cluster default/fra-1`, or `Namespace fra-1` for cluster-scoped objects. */
export function describeDiffObject(object: {
  kind: string;
  namespace?: string;
  name: string;
}): string {
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${
    object.name
  }`;
}

function identityOf(object: KubernetesObject, index: number) {
  const where = `objects[${index}]`;
  for (const field of ['apiVersion', 'kind'] as const) {
    if (typeof object?.[field] !== 'string' || !object[field]) {
      throw new InputError(`${where}.${field} must be a non-empty string`);
    }
  }
  const name = object.metadata?.name;
  if (typeof name !== 'string' || !name) {
    throw new InputError(`${where}.metadata.name must be a non-empty string`);
  }
  const namespace = object.metadata.namespace;
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    ...(namespace ? { namespace } : {}),
    name,
  };
}

/** The server sets these; an apply body that carries them is refused or misread. */
function applyBody(object: KubernetesObject): KubernetesObject {
  const {
    managedFields: _managedFields,
    resourceVersion: _resourceVersion,
    uid: _uid,
    creationTimestamp: _creationTimestamp,
    generation: _generation,
    selfLink: _selfLink,
    ...metadata
  } = object.metadata;
  return { ...object, metadata };
}

function conflictMessage(
  error: ApplyConflictError,
  described: string,
  clusterName: string,
): string {
  const fields = error.conflicts
    .map(c => `${c.field} (owned by ${c.manager})`)
    .join(', ');
  // Same wording as the provision action: planning must not promise a forced takeover.
  return `Cannot plan ${described} on cluster '${clusterName}': conflict with other field managers on ${fields}; applying does not force ownership: remove or hand over those fields, then retry`;
}

/**
 * What server-side applying `objects` with `fieldManager` would change on the
 * cluster, object by object, without changing anything: each object is read, then
 * applied with `dryRun` (never forced) and the live object is compared with the
 * server's answer leaf by leaf. `managers` name who owns each field on the live
 * object now (from `metadata.managedFields`). Objects the cluster does not have are
 * `create`s listing every field. Secret `data`/`stringData` values never appear.
 *
 * Fails with an `ApplyConflictError` naming the fields and their managers when
 * applying would conflict with another field manager.
 *
 * @public
 */
export async function diffObjects(
  client: KubernetesClusterClient,
  objects: KubernetesObject[],
  options: { fieldManager: string; signal?: AbortSignal },
): Promise<ObjectDiff[]> {
  if (!options.fieldManager) {
    throw new InputError('fieldManager must be a non-empty string');
  }
  const identities = objects.map(identityOf);
  const diffs: ObjectDiff[] = [];
  for (const [index, object] of objects.entries()) {
    const identity = identities[index];
    const described = describeDiffObject(identity);
    let live: KubernetesObject;
    try {
      live = await client.get(identity, { signal: options.signal });
    } catch (error) {
      if (!(error instanceof KubernetesNotFoundError)) throw error;
      // Nothing to dry-run against (its namespace may not exist yet either).
      const fields = compareFields(
        identity,
        new Map(),
        flattenFields(object),
        emptyOwnership(),
      );
      diffs.push({ ...identity, action: 'create', fields });
      continue;
    }
    let result: KubernetesObject | undefined;
    try {
      [result] = await client.apply([applyBody(object)], {
        fieldManager: options.fieldManager,
        dryRun: true,
        force: false,
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof ApplyConflictError) {
        throw new ApplyConflictError(
          conflictMessage(error, described, client.cluster.name),
          {
            clusterName: error.clusterName,
            statusCode: error.statusCode,
            reason: error.reason,
            conflicts: error.conflicts,
          },
        );
      }
      throw error;
    }
    // Ownership as it is now; list keys from both, so new items are keyed alike.
    const ownership = readFieldOwnership([live]);
    const keys = readFieldOwnership([live, result]);
    const fields = compareFields(
      identity,
      flattenFields(live, keys),
      flattenFields(result, keys),
      ownership,
    );
    diffs.push({
      ...identity,
      action: fields.length > 0 ? 'update' : 'unchanged',
      fields,
    });
  }
  return diffs;
}
