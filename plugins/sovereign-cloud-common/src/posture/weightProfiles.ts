import { InputError } from '@backstage/errors';
import {
  isSovereigntyObjective,
  SOVEREIGNTY_OBJECTIVES,
  SovereigntyObjective,
} from './objectives';

/**
 * Weights per objective, summing to 100.
 * @public
 */
export type WeightProfile = {
  id: string;
  title: string;
  weights: Readonly<Record<SovereigntyObjective, number>>;
  source: string;
};

/**
 * CSF v1.2.1 document weights (the default).
 * @public
 */
export const CSF_V1_2_1_WEIGHTS: WeightProfile = Object.freeze({
  id: 'csf-v1.2.1',
  title: 'CSF v1.2.1',
  weights: Object.freeze({
    'SOV-1': 15,
    'SOV-2': 10,
    'SOV-3': 10,
    'SOV-4': 15,
    'SOV-5': 20,
    'SOV-6': 15,
    'SOV-7': 10,
    'SOV-8': 5,
  }),
  source: 'MISP/misp-taxonomies sov/machinetag.json (secondary)',
});

/**
 * Example weights of the CSF Annex calculator published 1 June 2026.
 * @public
 */
export const CSF_CALCULATOR_2026_WEIGHTS: WeightProfile = Object.freeze({
  id: 'csf-calculator-2026-06',
  title: 'CSF calculator 2026 (examples)',
  weights: Object.freeze({
    'SOV-1': 20,
    'SOV-2': 10,
    'SOV-3': 10,
    'SOV-4': 15,
    'SOV-5': 10,
    'SOV-6': 15,
    'SOV-7': 15,
    'SOV-8': 5,
  }),
  source:
    'tractorjuice/arckit-vibe data/csf-criteria-calculator-2026-06-01.json (secondary)',
});

/** @public */
export const WEIGHT_PROFILES: readonly WeightProfile[] = Object.freeze([
  CSF_V1_2_1_WEIGHTS,
  CSF_CALCULATOR_2026_WEIGHTS,
]);

/**
 * Custom weights, e.g. from config. Objectives left out weigh 0.
 * @public
 */
export type CustomWeights = {
  id?: string;
  title?: string;
  weights: Record<string, unknown>;
};

/**
 * A weight profile or custom weights; the id of a shipped profile, or
 * nothing for the default (CSF v1.2.1).
 * @public
 */
export type WeightProfileInput =
  | string
  | CustomWeights
  | WeightProfile
  | undefined;

// Tolerates float noise such as 33.3 + 33.3 + 33.4.
const SUM_TOLERANCE = 1e-6;

/**
 * Validates custom weights. Throws `InputError` naming the field and the
 * reason: unknown objective, not a finite number, negative, or a sum other
 * than 100.
 * @public
 */
export function validateCustomWeights(custom: CustomWeights): WeightProfile {
  if (
    typeof custom !== 'object' ||
    custom === null ||
    typeof custom.weights !== 'object' ||
    custom.weights === null
  ) {
    throw new InputError('weights: must be an object of objective → weight');
  }
  const weights = Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map(o => [o, 0]),
  ) as Record<SovereigntyObjective, number>;
  let sum = 0;
  for (const [key, value] of Object.entries(custom.weights)) {
    if (!isSovereigntyObjective(key)) {
      throw new InputError(
        `weights.${key}: unknown objective (expected one of ${SOVEREIGNTY_OBJECTIVES.join(
          ', ',
        )})`,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InputError(
        `weights.${key}: must be a finite number (got ${JSON.stringify(
          value,
        )})`,
      );
    }
    if (value < 0) {
      throw new InputError(
        `weights.${key}: must not be negative (got ${value})`,
      );
    }
    weights[key] = value;
    sum += value;
  }
  if (Math.abs(sum - 100) > SUM_TOLERANCE) {
    throw new InputError(
      `weights: must sum to 100 (got ${Number(sum.toFixed(6))})`,
    );
  }
  return {
    id: custom.id ?? 'custom',
    title: custom.title ?? 'Custom weights',
    weights,
    source: 'configuration',
  };
}

/**
 * Resolves a profile id, custom weights or a profile to a validated profile.
 * @public
 */
export function resolveWeightProfile(input: WeightProfileInput): WeightProfile {
  if (input === undefined) return CSF_V1_2_1_WEIGHTS;
  if (typeof input === 'string') {
    const found = WEIGHT_PROFILES.find(p => p.id === input);
    if (!found) {
      throw new InputError(
        `profile: unknown weight profile '${input}' (expected one of ${WEIGHT_PROFILES.map(
          p => p.id,
        ).join(', ')}, or custom weights)`,
      );
    }
    return found;
  }
  if (WEIGHT_PROFILES.includes(input as WeightProfile))
    return input as WeightProfile;
  return validateCustomWeights(input);
}
