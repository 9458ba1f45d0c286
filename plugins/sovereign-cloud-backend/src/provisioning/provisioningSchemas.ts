import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  MeshSlotRequest,
  ProvisioningRecord,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { z } from 'zod';
import { parseInput } from '../validation/zodInput';

const cidr = z
  .string()
  .regex(
    /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/,
    'must be an IPv4 CIDR, e.g. 10.0.0.0/17',
  );

/** An entity ref in its full, lower-case form, so one cluster has one key. */
export function entityRef(defaultKind: string) {
  return z.string().transform((value, ctx) => {
    try {
      const ref = parseEntityRef(value, {
        defaultKind,
        defaultNamespace: 'default',
      });
      if (
        ref.kind.toLocaleLowerCase('en-US') !==
        defaultKind.toLocaleLowerCase('en-US')
      ) {
        ctx.addIssue({
          code: 'custom',
          message: `must refer to a ${defaultKind}, got kind ${ref.kind}`,
        });
        return z.NEVER;
      }
      return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
}

const meshSlotRequest = z.strictObject({
  mesh: entityRef('Resource'),
  cluster: entityRef(SOVEREIGN_CLUSTER_KIND),
  podCidr: cidr.optional(),
  serviceCidr: cidr.optional(),
  dryRun: z.boolean().optional(),
});

/** Body of `POST /provisioning/mesh-slots`. */
export function parseMeshSlotRequest(body: unknown): MeshSlotRequest {
  return parseInput(meshSlotRequest, body);
}

const recordInput = z.strictObject({
  id: z.string().min(1, 'must not be empty').max(255),
  // Checked as a SovereignCluster by the service, with the suite's validator.
  entity: z.looseObject({ kind: z.literal(SOVEREIGN_CLUSTER_KIND) }),
  requestedAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time' })
    .optional(),
  mode: z.enum(['apply', 'gitops']).optional(),
  // The ClusterRequest the plan came from; day-2 changes start from it.
  request: z.record(z.string(), z.unknown()).optional(),
});

/** Body of `POST /provisioning/records`. */
export function parseRecordInput(
  body: unknown,
): Omit<ProvisioningRecord, 'meshSlot' | 'requestedBy'> {
  const input = parseInput(recordInput, body);
  return {
    id: input.id,
    entity: input.entity as unknown as SovereignClusterEntity,
    requestedAt: input.requestedAt ?? new Date().toISOString(),
    ...(input.mode ? { mode: input.mode } : {}),
    ...(input.request ? { request: input.request } : {}),
  };
}
