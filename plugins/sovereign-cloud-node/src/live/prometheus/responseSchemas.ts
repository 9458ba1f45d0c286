import { z } from 'zod';

// Shapes from https://prometheus.io/docs/prometheus/latest/querying/api/.
// Unknown fields pass through: newer servers add some.

/** Sample values are strings: numbers, `NaN`, `+Inf`, `-Inf`. */
const sampleValue = z
  .tuple([z.number(), z.string()])
  .transform(([t, v]) => ({ at: Math.round(t * 1000), value: Number(v) }));

const metric = z.record(z.string(), z.string());

export const vectorSchema = z.object({
  resultType: z.literal('vector'),
  result: z.array(z.object({ metric, value: sampleValue })),
});

export const scalarSchema = z.object({
  resultType: z.literal('scalar'),
  result: sampleValue,
});

export const matrixSchema = z.object({
  resultType: z.literal('matrix'),
  result: z.array(z.object({ metric, values: z.array(sampleValue) })),
});

export const queryDataSchema = z.discriminatedUnion('resultType', [
  vectorSchema,
  scalarSchema,
  matrixSchema,
]);

export const alertsDataSchema = z.object({
  alerts: z.array(
    z.object({
      labels: metric,
      annotations: metric.default({}),
      state: z.string(),
      activeAt: z.string().optional(),
      value: z.string().optional(),
    }),
  ),
});

export const targetsDataSchema = z.object({
  activeTargets: z.array(
    z.object({
      labels: metric,
      scrapePool: z.string().optional(),
      scrapeUrl: z.string().optional(),
      health: z.enum(['up', 'down', 'unknown']),
      lastError: z.string().default(''),
      lastScrape: z.string().optional(),
    }),
  ),
});

/** The envelope every endpoint answers with, success or error. */
export const envelopeSchema = z.object({
  status: z.enum(['success', 'error']),
  data: z.unknown().optional(),
  errorType: z.string().optional(),
  error: z.string().optional(),
});

export type PrometheusVector = z.infer<typeof vectorSchema>['result'];
export type PrometheusMatrix = z.infer<typeof matrixSchema>['result'];
export type PrometheusAlert = z.infer<
  typeof alertsDataSchema
>['alerts'][number];
export type PrometheusScrapeTarget = z.infer<
  typeof targetsDataSchema
>['activeTargets'][number];
