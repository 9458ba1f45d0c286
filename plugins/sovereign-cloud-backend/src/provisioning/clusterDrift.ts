import {
  FieldChange,
  ObjectDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClusterClient,
  KubernetesNotFoundError,
  KubernetesObject,
  liveFields,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { isDeepStrictEqual } from 'node:util';

/** The live object, or undefined when it (or its kind) is gone. */
async function readLive(
  client: KubernetesClusterClient,
  object: ObjectDiff,
): Promise<KubernetesObject | undefined> {
  try {
    return await client.get({
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...(object.namespace ? { namespace: object.namespace } : {}),
    });
  } catch (error) {
    if (error instanceof KubernetesNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Whether the objects of an applied change still hold what it set: every
 * added or changed field is read from the live object. A field that differs
 * is reported with `before` = what the change set and `after` = what is
 * there now (`removed` when the field is gone); a missing object as
 * `delete`. Objects the change deleted are not checked. Only drifted
 * objects are returned; Secret values are never read into the answer.
 */
export async function checkDrift(
  diff: ObjectDiff[],
  client: KubernetesClusterClient,
): Promise<ObjectDiff[]> {
  const drifted: ObjectDiff[] = [];
  for (const expected of diff) {
    if (expected.action === 'delete') continue;
    const live = await readLive(client, expected);
    const identity = {
      apiVersion: expected.apiVersion,
      kind: expected.kind,
      ...(expected.namespace ? { namespace: expected.namespace } : {}),
      name: expected.name,
    };
    if (!live) {
      drifted.push({ ...identity, action: 'delete', fields: [] });
      continue;
    }
    if (expected.kind === 'Secret') continue;
    // Read back by the paths the diff named them with.
    const observed = liveFields(live);
    const fields: FieldChange[] = [];
    for (const field of expected.fields) {
      if (field.change === 'removed' || field.after === undefined) continue;
      const value = observed.value(field.path);
      if (isDeepStrictEqual(value, field.after)) continue;
      fields.push({
        path: field.path,
        change: value === undefined ? 'removed' : 'changed',
        before: field.after,
        ...(value !== undefined ? { after: value } : {}),
        managers: value === undefined ? [] : observed.managers(field.path),
      });
    }
    if (fields.length) drifted.push({ ...identity, action: 'update', fields });
  }
  return drifted;
}
