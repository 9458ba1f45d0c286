import {
  ClusterChangeInput,
  ClusterChangeStatus,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { z } from 'zod';
import { parseInput, singleString } from '../validation/zodInput';
import { entityRef } from './provisioningSchemas';

const CHANGE_KINDS = [
  'upgrade',
  'node-pools',
  'addons',
  'decommission',
] as const;
const CHANGE_STATUSES = [
  'planned',
  'applied',
  'failed',
  'decommissioning',
  'decommissioned',
] as const;

const text = (max: number) => z.string().min(1, 'must not be empty').max(max);

const fieldChange = z.strictObject({
  path: text(1024),
  change: z.enum(['added', 'changed', 'removed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  managers: z.array(z.string().max(255)).max(50),
});

const objectDiff = z.strictObject({
  apiVersion: text(255),
  kind: text(255),
  namespace: text(253).optional(),
  name: text(253),
  action: z.enum(['create', 'update', 'unchanged', 'delete']),
  fields: z.array(fieldChange).max(2000),
});

const changeInput = z
  .strictObject({
    id: text(255),
    cluster: entityRef(SOVEREIGN_CLUSTER_KIND),
    kind: z.enum(CHANGE_KINDS),
    status: z.enum(CHANGE_STATUSES),
    summary: text(1000),
    diff: z.array(objectDiff).max(500),
    mode: z.enum(['apply', 'gitops']).optional(),
    error: z.string().max(4000).optional(),
  })
  .superRefine((input, ctx) => {
    const decommissionOnly =
      input.status === 'decommissioning' || input.status === 'decommissioned';
    if (decommissionOnly && input.kind !== 'decommission') {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `${input.status} is a status of decommission changes, not of ${input.kind}`,
      });
    }
  });

/** Body of `POST /provisioning/changes`; Secret data values are dropped, never stored. */
export function parseChangeInput(body: unknown): ClusterChangeInput {
  const input = parseInput(changeInput, body);
  return {
    ...input,
    diff: input.diff.map(object =>
      object.kind === 'Secret'
        ? {
            ...object,
            fields: object.fields.map(({ before, after, ...field }) =>
              /^(data|stringData)\b/.test(field.path)
                ? field
                : {
                    ...field,
                    ...(before !== undefined ? { before } : {}),
                    ...(after !== undefined ? { after } : {}),
                  },
            ),
          }
        : object,
    ),
  };
}

const changesQuery = z.object({
  status: singleString.pipe(z.enum(CHANGE_STATUSES).optional()),
});

/** Query of `GET /provisioning/changes`. */
export function parseChangesQuery(query: unknown): {
  status?: ClusterChangeStatus;
} {
  return parseInput(changesQuery, query);
}

const meshSlotRelease = z.strictObject({
  mesh: entityRef('Resource'),
  cluster: entityRef(SOVEREIGN_CLUSTER_KIND),
});

/** Body of `POST /provisioning/mesh-slots/release`. */
export function parseMeshSlotRelease(body: unknown): {
  mesh: string;
  cluster: string;
} {
  return parseInput(meshSlotRelease, body);
}
