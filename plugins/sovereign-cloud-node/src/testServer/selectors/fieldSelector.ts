import { isJsonMap, JsonMap } from '../json';
import { statusErrors } from '../http/status';

/** A parsed `fieldSelector` query parameter. */
export type FieldSelector = (object: JsonMap) => boolean;

// Besides metadata.name and metadata.namespace, the field labels the API server
// indexes for the kinds the suite queries.
const extraFields: Record<string, string[]> = {
  pods: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'status.phase',
    'status.podIP',
  ],
  events: [
    'involvedObject.kind',
    'involvedObject.name',
    'involvedObject.namespace',
    'involvedObject.uid',
    'reason',
    'type',
  ],
  secrets: ['type'],
  namespaces: ['status.phase'],
  nodes: ['spec.unschedulable'],
};

function valueAt(object: JsonMap, path: string): string {
  let current: unknown = object;
  for (const part of path.split('.')) {
    current = isJsonMap(current) ? current[part] : undefined;
  }
  return current === undefined || current === null ? '' : String(current);
}

/**
 * Parses a field selector (`metadata.name=x,metadata.namespace!=y`) for one resource,
 * refusing field labels the API server does not support for it.
 */
export function parseFieldSelector(
  selector: string | null | undefined,
  plural: string,
): FieldSelector {
  if (!selector || !selector.trim()) {
    return () => true;
  }
  const supported = [
    'metadata.name',
    'metadata.namespace',
    ...(extraFields[plural] ?? []),
  ];
  const requirements = selector.split(',').map(part => {
    const match = /^\s*([A-Za-z0-9.]+)\s*(==|=|!=)\s*([^,]*?)\s*$/.exec(part);
    if (!match) {
      throw statusErrors.badRequest(
        `invalid selector: '${selector}'; can't understand '${part}'`,
      );
    }
    if (!supported.includes(match[1])) {
      throw statusErrors.badRequest(`field label not supported: ${match[1]}`);
    }
    return { field: match[1], negate: match[2] === '!=', value: match[3] };
  });
  return object =>
    requirements.every(
      r => (valueAt(object, r.field) === r.value) !== r.negate,
    );
}
