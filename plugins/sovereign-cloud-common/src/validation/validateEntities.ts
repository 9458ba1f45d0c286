import { z } from 'zod';
import {
  CLOUD_PROVIDER_KIND,
  SOVEREIGN_CLUSTER_KIND,
} from '../entities/constants';
import { CloudProviderEntity } from '../entities/CloudProvider';
import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { cloudProviderSchema, sovereignClusterSchema } from '../schema/kinds';
import { EntityValidationError } from './EntityValidationError';
import { entityNameOf, runChecks } from './runChecks';
import { EntityValidationResult } from './ValidationProblem';

function validate<T>(
  schema: z.ZodType,
  input: unknown,
): EntityValidationResult<T> {
  const problems = runChecks(schema, input);
  return problems.length
    ? { valid: false, problems }
    : { valid: true, entity: input as T, problems: [] };
}

/**
 * Checks any input against the SovereignCluster format, schema and semantic
 * rules, and reports every problem with its path. Never throws.
 * Checks against the provider catalogue are separate: {@link checkClusterAgainstCatalogue}.
 * @public
 */
export function validateSovereignCluster(
  input: unknown,
): EntityValidationResult<SovereignClusterEntity> {
  return validate(sovereignClusterSchema, input);
}

/**
 * Checks any input against the CloudProvider format and its semantic rules. Never throws.
 * @public
 */
export function validateCloudProvider(
  input: unknown,
): EntityValidationResult<CloudProviderEntity> {
  return validate(cloudProviderSchema, input);
}

/**
 * Like {@link validateSovereignCluster}, but returns the typed entity or
 * throws an {@link EntityValidationError} (and nothing else).
 * @public
 */
export function assertValidSovereignCluster(
  input: unknown,
): SovereignClusterEntity {
  const result = validateSovereignCluster(input);
  if (!result.valid) {
    throw new EntityValidationError(
      SOVEREIGN_CLUSTER_KIND,
      entityNameOf(input),
      result.problems,
    );
  }
  return result.entity;
}

/**
 * Like {@link validateCloudProvider}, but returns the typed entity or throws an
 * {@link EntityValidationError} (and nothing else).
 * @public
 */
export function assertValidCloudProvider(input: unknown): CloudProviderEntity {
  const result = validateCloudProvider(input);
  if (!result.valid) {
    throw new EntityValidationError(
      CLOUD_PROVIDER_KIND,
      entityNameOf(input),
      result.problems,
    );
  }
  return result.entity;
}
