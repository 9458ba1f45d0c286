import { z } from 'zod';
import { SEAL_LEVELS } from '../entities/vocabulary';
import { isIsoCountryCode } from '../jurisdictions/countries';
import { PlacementInputError } from './PlacementInputError';
import { KarmadaPlacement } from './karmadaTypes';

const count = z.number().int().min(0);
const requirement = z.object({
  key: z.string(),
  operator: z.string(),
  values: z.array(z.string()).optional(),
});
const affinity = z.object({
  labelSelector: z
    .object({
      matchLabels: z.record(z.string(), z.string()).optional(),
      matchExpressions: z.array(requirement).optional(),
    })
    .nullish(),
  fieldSelector: z
    .object({ matchExpressions: z.array(requirement).optional() })
    .nullish(),
  clusterNames: z.array(z.string()).optional(),
  exclude: z.array(z.string()).optional(),
});
const affinityTerm = affinity.extend({
  affinityName: z.string().min(1),
  overflowAffinities: z
    .array(affinity.extend({ affinityName: z.string().optional() }))
    .optional(),
});
const spreadConstraint = z
  .object({
    spreadByField: z.enum(['cluster', 'region', 'zone', 'provider']),
    minGroups: count.optional(),
    maxGroups: count.optional(),
  })
  .refine(c => (c.maxGroups ?? Infinity) >= (c.minGroups ?? 0), {
    message: 'maxGroups must be at least minGroups',
    path: ['maxGroups'],
  });

const karmadaPlacement = z.object({
  clusterAffinity: affinity.nullish(),
  clusterAffinities: z.array(affinityTerm).optional(),
  clusterTolerations: z
    .array(
      z.object({
        key: z.string().optional(),
        operator: z.enum(['Exists', 'Equal']).optional(),
        value: z.string().optional(),
        effect: z
          .enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute'])
          .optional(),
      }),
    )
    .optional(),
  spreadConstraints: z.array(spreadConstraint).optional(),
  replicaScheduling: z
    .object({
      replicaSchedulingType: z.enum(['Duplicated', 'Divided']),
      replicaDivisionPreference: z.enum(['Aggregated', 'Weighted']).optional(),
      weightPreference: z
        .object({
          staticWeightList: z
            .array(
              z.object({
                targetCluster: affinity,
                weight: z.number().int().min(1),
              }),
            )
            .optional(),
          dynamicWeight: z.literal('AvailableReplicas').optional(),
        })
        .nullish(),
    })
    .nullish(),
});

const jurisdiction = z
  .string()
  .refine(v => v === 'EU' || v === 'EEA' || isIsoCountryCode(v), {
    message: 'must be EU, EEA or an ISO 3166-1 alpha-2 code',
  });
const country = z
  .string()
  .refine(isIsoCountryCode, { message: 'must be an ISO 3166-1 alpha-2 code' });

/**
 * A workload to place: replicas, resource requests, Karmada placement and the
 * hard sovereignty constraints Karmada has no notion of.
 * @public
 */
/** An empty list from a form means "no constraint", not an error. */
const emptyAsUnset = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .optional()
    .transform(list => (list?.length ? list : undefined));

export const placementWorkloadSchema = z.object({
  name: z.string().min(1),
  replicas: count,
  /** Per replica; enables capacity estimates against cluster free capacity. */
  resources: z
    .object({ cpuMilli: count.optional(), memoryMiB: count.optional() })
    .optional(),
  /** Persistent volumes: their data must stay within `sovereignty.dataResidency`. */
  volumes: z
    .array(
      z.object({ name: z.string().min(1), sizeGiB: z.number().positive() }),
    )
    .optional(),
  placement: karmadaPlacement.optional(),
  sovereignty: z
    .object({
      allowedJurisdictions: emptyAsUnset(jurisdiction),
      minimumSeal: z.enum(SEAL_LEVELS).optional(),
      excludedProviders: z.array(z.string().min(1)).optional(),
      /** Where persistent data may live: EU, EEA or country codes. */
      dataResidency: emptyAsUnset(jurisdiction.or(country)),
      /** Losing any one provider must leave at least this many replicas running. */
      survivesProviderLoss: z
        .object({ minReplicas: z.number().int().min(1) })
        .optional(),
    })
    .optional(),
  /** Where it runs now: scored higher (ClusterLocality) and kept on scale (Steady mode). */
  previous: z
    .array(z.object({ cluster: z.string().min(1), replicas: count }))
    .optional(),
  /** Resource UID: picks Karmada's Webster tie-breaker. */
  uid: z.string().optional(),
  observedAffinityName: z.string().optional(),
});

/** @public */
export type PlacementWorkload = z.input<typeof placementWorkloadSchema>;
/** @public */
export type ParsedPlacementWorkload = z.output<
  typeof placementWorkloadSchema
> & {
  placement?: KarmadaPlacement;
};

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`,
    'workload',
  );
}

/** Validates a workload; throws `PlacementInputError` naming the field. @public */
export function parsePlacementWorkload(
  value: unknown,
): ParsedPlacementWorkload {
  const result = placementWorkloadSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PlacementInputError(pathText(issue.path), issue.message);
  }
  const workload = result.data as ParsedPlacementWorkload;
  const min = workload.sovereignty?.survivesProviderLoss?.minReplicas;
  if (min !== undefined && min > workload.replicas) {
    throw new PlacementInputError(
      'workload.sovereignty.survivesProviderLoss.minReplicas',
      `must not exceed replicas (${workload.replicas})`,
    );
  }
  return workload;
}
