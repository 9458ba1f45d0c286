import {
  KarmadaLabelSelector,
  KarmadaSelectorRequirement,
} from './karmadaTypes';

/**
 * Kubernetes label-selector semantics for one requirement. An invalid
 * requirement (empty key, unknown operator, wrong value count) never matches,
 * as the Go code turns it into a selector error.
 */
export function matchesRequirement(
  requirement: KarmadaSelectorRequirement,
  labels: Readonly<Record<string, string>>,
): boolean {
  const { key, operator } = requirement;
  const values = requirement.values ?? [];
  if (!key) return false;
  const has = Object.prototype.hasOwnProperty.call(labels, key);
  switch (operator) {
    case 'In':
      return values.length > 0 && has && values.includes(labels[key]);
    case 'NotIn':
      return values.length > 0 && (!has || !values.includes(labels[key]));
    case 'Exists':
      return values.length === 0 && has;
    case 'DoesNotExist':
      return values.length === 0 && !has;
    case 'Gt':
    case 'Lt': {
      if (values.length !== 1 || !has) return false;
      const bound = Number(values[0]);
      const value = Number(labels[key]);
      if (!Number.isInteger(bound) || !Number.isInteger(value)) return false;
      return operator === 'Gt' ? value > bound : value < bound;
    }
    default:
      return false;
  }
}

/** Whether a label selector matches; an absent selector matches everything. */
export function matchesLabelSelector(
  selector: KarmadaLabelSelector | null | undefined,
  labels: Readonly<Record<string, string>> = {},
): boolean {
  if (!selector) return true;
  // Plain loops: this runs for every (workload, cluster) pair.
  const matchLabels = selector.matchLabels;
  if (matchLabels) {
    for (const key in matchLabels) {
      if (!key || labels[key] !== matchLabels[key]) return false;
    }
  }
  const expressions = selector.matchExpressions;
  if (expressions) {
    for (const requirement of expressions) {
      if (!matchesRequirement(requirement, labels)) return false;
    }
  }
  return true;
}
