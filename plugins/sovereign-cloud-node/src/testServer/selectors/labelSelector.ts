import { statusErrors } from '../http/status';

type Requirement =
  | { op: 'exists' | '!exists'; key: string }
  | { op: '=' | '!='; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: '>' | '<'; key: string; value: number };

/** A parsed `labelSelector` query parameter. */
export type LabelSelector = (labels: Record<string, string>) => boolean;

const key = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?`;
const value = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)?`;
const patterns: Array<[RegExp, (m: RegExpExecArray) => Requirement]> = [
  [new RegExp(`^!\\s*(${key})$`), m => ({ op: '!exists', key: m[1] })],
  [
    new RegExp(`^(${key})\\s+(in|notin)\\s*\\(([^()]*)\\)$`),
    m => ({
      op: m[2] as 'in' | 'notin',
      key: m[1],
      values: m[3].split(',').map(v => v.trim()),
    }),
  ],
  [
    new RegExp(`^(${key})\\s*(==|=|!=)\\s*(${value})$`),
    m => ({ op: m[2] === '!=' ? '!=' : '=', key: m[1], value: m[3] }),
  ],
  [
    new RegExp(`^(${key})\\s*(>|<)\\s*(\\d+)$`),
    m => ({ op: m[2] as '>' | '<', key: m[1], value: Number(m[3]) }),
  ],
  [new RegExp(`^(${key})$`), m => ({ op: 'exists', key: m[1] })],
];

/** Splits on commas outside parentheses: `a in (x,y),b` has two requirements. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim());
}

function parseRequirement(text: string): Requirement {
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const requirement = build(match);
      if (
        'values' in requirement &&
        requirement.values.some(v => !new RegExp(`^${value}$`).test(v))
      ) {
        break;
      }
      return requirement;
    }
  }
  throw statusErrors.badRequest(
    `unable to parse requirement: invalid label selector requirement: ${JSON.stringify(
      text,
    )}`,
  );
}

function matches(
  requirement: Requirement,
  labels: Record<string, string>,
): boolean {
  const present = Object.hasOwn(labels, requirement.key);
  const actual = labels[requirement.key];
  switch (requirement.op) {
    case 'exists':
      return present;
    case '!exists':
      return !present;
    case '=':
      return present && actual === requirement.value;
    case '!=':
      return !present || actual !== requirement.value;
    case 'in':
      return present && requirement.values.includes(actual);
    case 'notin':
      return !present || !requirement.values.includes(actual);
    case '>':
      return (
        present && /^\d+$/.test(actual) && Number(actual) > requirement.value
      );
    case '<':
      return (
        present && /^\d+$/.test(actual) && Number(actual) < requirement.value
      );
    default:
      return false;
  }
}

/**
 * Parses a label selector with the grammar of `k8s.io/apimachinery/pkg/labels`:
 * `=`, `==`, `!=`, `in`, `notin`, `key`, `!key`, `>`, `<`, joined by commas (AND).
 */
export function parseLabelSelector(
  selector: string | null | undefined,
): LabelSelector {
  if (!selector || !selector.trim()) {
    return () => true;
  }
  const requirements = splitRequirements(selector).map(parseRequirement);
  return labels => requirements.every(r => matches(r, labels));
}
