import { isJsonMap, JsonMap } from '../json';
import { FieldSet } from './FieldSet';

/** One `metadata.managedFields` entry with its field set decoded. */
export interface ManagerEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  subresource?: string;
  fields: FieldSet;
}

export function sameManager(
  a: Omit<ManagerEntry, 'fields' | 'apiVersion'>,
  b: typeof a,
): boolean {
  return (
    a.manager === b.manager &&
    a.operation === b.operation &&
    (a.subresource ?? '') === (b.subresource ?? '')
  );
}

export function decodeManagedFields(value: unknown): ManagerEntry[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isJsonMap).flatMap(entry =>
    typeof entry.manager === 'string' && entry.manager
      ? [
          {
            manager: entry.manager,
            operation:
              entry.operation === 'Apply'
                ? ('Apply' as const)
                : ('Update' as const),
            apiVersion: String(entry.apiVersion ?? ''),
            time: typeof entry.time === 'string' ? entry.time : undefined,
            subresource:
              typeof entry.subresource === 'string'
                ? entry.subresource
                : undefined,
            fields: FieldSet.fromFieldsV1(entry.fieldsV1),
          },
        ]
      : [],
  );
}

/** Encodes entries back into `managedFields`, dropping managers that own nothing. */
export function encodeManagedFields(entries: ManagerEntry[]): JsonMap[] {
  return entries
    .filter(entry => entry.fields.size > 0)
    .map(entry => ({
      manager: entry.manager,
      operation: entry.operation,
      apiVersion: entry.apiVersion,
      ...(entry.time ? { time: entry.time } : {}),
      fieldsType: 'FieldsV1',
      fieldsV1: entry.fields.toFieldsV1(),
      ...(entry.subresource ? { subresource: entry.subresource } : {}),
    }));
}

/** The manager as conflict messages print it: `"kubectl-edit" using apps/v1`. */
export function describeManager(entry: ManagerEntry): string {
  let text = JSON.stringify(entry.manager);
  if (entry.subresource) {
    text += ` with subresource ${JSON.stringify(entry.subresource)}`;
  }
  if (entry.operation === 'Update') {
    text += ` using ${entry.apiVersion}`;
  }
  return text;
}

/** RFC 3339 with seconds, as `metav1.Time` is serialised. */
export function kubernetesTime(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
