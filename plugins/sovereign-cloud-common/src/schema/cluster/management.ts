import { z } from 'zod';
import { CLUSTER_MANAGEMENT_TYPES } from '../../entities/vocabulary';
import { dnsLabel, entityRef, gitRepositoryUrl } from '../formats';
import { text } from '../text';

const [CLUSTER_API, GITOPS, EXTERNAL] = CLUSTER_MANAGEMENT_TYPES;

export const managementSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal(CLUSTER_API),
        managementCluster: entityRef('SovereignCluster'),
        namespace: dnsLabel,
        clusterName: dnsLabel.optional(),
        clusterClass: text().optional(),
      })
      .describe('Reconciled by Cluster API in a management cluster.'),
    z
      .strictObject({
        type: z.literal(GITOPS),
        repository: gitRepositoryUrl,
        path: text().optional(),
        branch: text().optional(),
      })
      .describe('Reconciled from a GitOps repository.'),
    z
      .strictObject({
        type: z.literal(EXTERNAL),
        description: text().optional(),
      })
      .describe('Managed outside the suite (imported or hand-built).'),
  ])
  .describe(
    'Who reconciles the cluster: Cluster API, a GitOps repository, or something outside the suite.',
  );
