import { isError } from '@backstage/errors';
import {
  CustomWeights,
  validateCustomWeights,
  WEIGHT_PROFILES,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CliInputError } from '../../errors';
import { CliIo } from '../../io';
import { readDocuments } from './readDocuments';

const knownIds = () => WEIGHT_PROFILES.map(p => p.id).join(', ');

/** A shipped weight profile by id (default: the first, CSF v1.2.1). */
export function builtInProfile(id: string | undefined): WeightProfile {
  if (id === undefined) return WEIGHT_PROFILES[0];
  const found = WEIGHT_PROFILES.find(p => p.id === id);
  if (!found) {
    throw new CliInputError(
      `--profile: unknown weight profile '${id}' (known: ${knownIds()})`,
    );
  }
  return found;
}

/**
 * Custom weights from a YAML or JSON file: `{ id?, title?, weights: {...} }`
 * or just the objective → weight mapping. Errors name the file, the
 * objective and the reason.
 */
export async function profileFromFile(
  file: string,
  io: CliIo,
): Promise<WeightProfile> {
  const documents = await readDocuments([file], io);
  const value = documents.length === 1 ? documents[0].value : undefined;
  if (
    documents.length !== 1 ||
    documents[0].item !== undefined ||
    typeof value !== 'object' ||
    value === null
  ) {
    throw new CliInputError(
      `${file}: expected one mapping of objective → weight (e.g. SOV-1: 15), optionally under 'weights' with an 'id' and 'title'`,
    );
  }
  const custom: CustomWeights =
    'weights' in value
      ? (value as CustomWeights)
      : { weights: value as Record<string, unknown> };
  try {
    return validateCustomWeights(custom);
  } catch (error) {
    throw new CliInputError(
      `${file}: ${isError(error) ? error.message : String(error)}`,
    );
  }
}

/** The profile from `--profile` or `--weights` (not both). */
export async function resolveProfile(
  options: { profile?: string; weights?: string },
  io: CliIo,
): Promise<WeightProfile> {
  if (options.profile !== undefined && options.weights !== undefined) {
    throw new CliInputError('Use either --profile or --weights, not both');
  }
  return options.weights !== undefined
    ? profileFromFile(options.weights, io)
    : builtInProfile(options.profile);
}
