import {
  FieldChange,
  ObjectDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { describeDiffObject } from './diffObjects';

const MAX_OBJECTS = 30;
const MAX_FIELDS_PER_OBJECT = 8;
const MAX_VALUE_LENGTH = 60;

const symbols: Record<ObjectDiff['action'], string> = {
  create: '+',
  update: '~',
  delete: '-',
  unchanged: '=',
};

/** A value as inline code, cut short; backticks cannot close the code span. */
function shown(value: unknown): string {
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  text = (text ?? 'null').replace(/`/g, "'").replace(/\s+/g, ' ');
  if (text.length > MAX_VALUE_LENGTH) {
    text = `${text.slice(0, MAX_VALUE_LENGTH - 1)}…`;
  }
  return `\`${text}\``;
}

function counts(diff: ObjectDiff): string {
  if (diff.action === 'unchanged') return 'unchanged';
  const n = (change: FieldChange['change']) =>
    diff.fields.filter(f => f.change === change).length;
  if (diff.action === 'create') {
    const added = n('added');
    return `create (${added} field${added === 1 ? '' : 's'})`;
  }
  if (diff.action === 'delete') return 'delete';
  return (
    [
      [n('changed'), 'changed'],
      [n('added'), 'added'],
      [n('removed'), 'removed'],
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}`)
    .join(', ');
}

function fieldLine(field: FieldChange): string {
  const path = `\`${field.path}\``;
  if (field.change === 'changed') {
    return `  - ${path}: ${shown(field.before)} → ${shown(field.after)}`;
  }
  if (field.change === 'added') {
    return `  - ${path}: added ${shown(field.after)}`;
  }
  return `  - ${path}: removed (was ${shown(field.before)})`;
}

/**
 * A short markdown summary of a diff for the reviewer of a scaffolder run: a count
 * line, then per object `~ Cluster ns/name: 2 changed, 1 added` and its changed,
 * added and removed fields (values cut short; field lists of creates and deletes
 * left out). Capped at a few dozen objects and a few fields per object.
 *
 * @public
 */
export function summariseDiff(diffs: ObjectDiff[]): string {
  const total = (action: ObjectDiff['action']) =>
    diffs.filter(d => d.action === action).length;
  const lines = [
    `**${total('create')} to create, ${total('update')} to update, ${total(
      'delete',
    )} to delete, ${total('unchanged')} unchanged**`,
    '',
  ];
  // Changes first: an unchanged object is what a reviewer needs least.
  const ordered = [
    ...diffs.filter(d => d.action !== 'unchanged'),
    ...diffs.filter(d => d.action === 'unchanged'),
  ];
  for (const diff of ordered.slice(0, MAX_OBJECTS)) {
    lines.push(
      `- ${symbols[diff.action]} ${describeDiffObject(diff)}: ${counts(diff)}`,
    );
    if (diff.action !== 'update') continue;
    const order: FieldChange['change'][] = ['changed', 'added', 'removed'];
    const fields = [...diff.fields].sort(
      (a, b) => order.indexOf(a.change) - order.indexOf(b.change),
    );
    lines.push(...fields.slice(0, MAX_FIELDS_PER_OBJECT).map(fieldLine));
    if (fields.length > MAX_FIELDS_PER_OBJECT) {
      lines.push(
        `  - … and ${fields.length - MAX_FIELDS_PER_OBJECT} more fields`,
      );
    }
  }
  if (ordered.length > MAX_OBJECTS) {
    lines.push(`- … and ${ordered.length - MAX_OBJECTS} more objects`);
  }
  if (diffs.length === 0) {
    lines.push('No objects.');
  }
  return lines.join('\n');
}
