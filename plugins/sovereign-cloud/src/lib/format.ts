import {
  Seal,
  SOVEREIGNTY_OBJECTIVE_TITLES,
  SovereigntyObjective,
  WEIGHT_PROFILES,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** `SEAL-2`, or an em dash for "no cap". */
export function sealLabel(seal: Seal | null | undefined): string {
  return seal === null || seal === undefined ? '—' : `SEAL-${seal}`;
}

/** A 0..1 share as a percentage, e.g. `57.5%`. */
export function percent(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** A number without trailing zeros, at most one decimal: `37.5`, `20`. */
export function points(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function weightProfileTitle(id: string): string {
  return WEIGHT_PROFILES.find(p => p.id === id)?.title ?? id;
}

export function objectiveTitle(objective: SovereigntyObjective): string {
  return SOVEREIGNTY_OBJECTIVE_TITLES[objective] ?? objective;
}

const MAX_VALUE_LENGTH = 160;

function render(value: unknown, depth: number): string {
  if (value === null || value === undefined) return 'unknown';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return points(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value.map(v => render(v, depth + 1)).join('; ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const text = entries.map(([k, v]) => `${k}: ${render(v, depth + 1)}`);
    return depth > 0 ? `(${text.join(', ')})` : text.join(', ');
  }
  return String(value);
}

/** Evidence values as short text: `mode: wireguard, scope: pod`. */
export function formatEvidenceValue(value: unknown): string {
  const text = render(value, 0);
  return text.length > MAX_VALUE_LENGTH
    ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…`
    : text;
}

/** `2 Mar 2026, 08:00` in the user's locale. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}
