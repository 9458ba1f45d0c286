import { InputError } from '@backstage/errors';
import { ObjectDiff } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { LineCounter, parseAllDocuments } from 'yaml';
import { KubernetesObject } from '../../kubernetes/types';
import { describeDiffObject } from './diffObjects';
import { compareFields, emptyOwnership, flattenFields } from './fieldPaths';

interface Manifest {
  object: KubernetesObject;
  identity: {
    apiVersion: string;
    kind: string;
    namespace?: string;
    name: string;
  };
  where: string;
}

function isJsonMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// kustomize's own files configure the build; they are never applied.
const isKustomization = (value: Record<string, unknown>) =>
  value.kind === 'Kustomization' &&
  String(value.apiVersion).startsWith('kustomize.config.k8s.io/');

/** The Kubernetes objects of a set of files, keyed by apiVersion/kind/namespace/name. */
function readManifests(
  files: Record<string, string>,
  side: 'current' | 'desired',
): Map<string, Manifest> {
  const manifests = new Map<string, Manifest>();
  for (const path of Object.keys(files).sort()) {
    // No pretty errors: they quote the offending line, which may hold a secret.
    const lineCounter = new LineCounter();
    const documents = parseAllDocuments(files[path], {
      prettyErrors: false,
      lineCounter,
    });
    const list = Array.isArray(documents) ? documents : [documents];
    list.forEach((document, index) => {
      const where = `${side} file ${path} (document ${index + 1})`;
      const [error] = document.errors;
      if (error) {
        const at = lineCounter.linePos(error.pos[0]);
        throw new InputError(
          `Cannot read ${where}: ${error.message} at line ${at.line}, column ${at.col}`,
        );
      }
      const value: unknown = document.toJS();
      // Empty documents and plain data files (values, config) are not objects.
      if (
        !isJsonMap(value) ||
        typeof value.apiVersion !== 'string' ||
        typeof value.kind !== 'string' ||
        isKustomization(value)
      ) {
        return;
      }
      const metadata = isJsonMap(value.metadata) ? value.metadata : {};
      if (typeof metadata.name !== 'string' || !metadata.name) {
        throw new InputError(
          `${where}: ${value.kind} has no metadata.name; every object needs a name`,
        );
      }
      const namespace =
        typeof metadata.namespace === 'string' && metadata.namespace
          ? metadata.namespace
          : undefined;
      const identity = {
        apiVersion: value.apiVersion,
        kind: value.kind,
        ...(namespace ? { namespace } : {}),
        name: metadata.name,
      };
      const key = JSON.stringify([
        identity.apiVersion,
        identity.kind,
        namespace ?? '',
        identity.name,
      ]);
      const earlier = manifests.get(key);
      if (earlier) {
        throw new InputError(
          `${describeDiffObject(identity)} is declared twice: in ${
            earlier.where
          } and in ${where}`,
        );
      }
      manifests.set(key, {
        object: value as unknown as KubernetesObject,
        identity,
        where,
      });
    });
  }
  return manifests;
}

/**
 * The same diff as `diffObjects`, for the GitOps mode: between the manifest files in
 * the repository now (`current`) and the files a plan would write (`desired`), each a
 * map of path to YAML (multi-document files allowed). Objects match by apiVersion,
 * kind, namespace and name across files; an object only in `current` is a `delete`,
 * only in `desired` a `create`. Fields the desired files no longer set are `removed`,
 * as replacing the file removes them. Git has no field managers, so `managers` is
 * always empty. Secret `data`/`stringData` values never appear.
 *
 * Fails with an `InputError` naming the file and document when YAML cannot be read,
 * an object has no name, or one object is declared twice.
 *
 * @public
 */
export function diffManifestFiles(
  current: Record<string, string>,
  desired: Record<string, string>,
): ObjectDiff[] {
  const before = readManifests(current, 'current');
  const after = readManifests(desired, 'desired');
  const ownership = emptyOwnership();
  const diffs: ObjectDiff[] = [];
  for (const [key, { object, identity }] of after) {
    const existing = before.get(key);
    const fields = compareFields(
      identity,
      flattenFields(existing?.object),
      flattenFields(object),
      ownership,
    );
    let action: ObjectDiff['action'] = 'create';
    if (existing) {
      action = fields.length > 0 ? 'update' : 'unchanged';
    }
    diffs.push({ ...identity, action, fields });
  }
  for (const [key, { object, identity }] of before) {
    if (!after.has(key)) {
      const fields = compareFields(
        identity,
        flattenFields(object),
        new Map(),
        ownership,
      );
      diffs.push({ ...identity, action: 'delete', fields });
    }
  }
  return diffs;
}
