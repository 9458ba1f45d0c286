import { z } from 'zod';
import { entityRef, kubernetesVersion, locationId } from '../formats';
import { rule } from '../rules';
import { text } from '../text';
import { itself, keyOf, uniqueBy } from '../uniqueness';
import { accessSchema } from './access';
import { controlPlaneSchema } from './controlPlane';
import { managementSchema } from './management';
import { networkSchema } from './network';
import { nodePoolSchema } from './nodePools';
import { observabilitySchema } from './observability';
import { checkPlacements } from './placementRules';
import { policySchema } from './policy';
import { sovereigntySchema } from './sovereignty';
import { clusterStatusSchema } from './status';
import { storageSchema } from './storage';

export const sovereignClusterSpecSchema = z
  .strictObject({
    owner: entityRef('Group', ['User']),
    lifecycle: text().meta({ examples: ['production', 'experimental'] }),
    system: entityRef('System').optional(),
    provider: entityRef('CloudProvider').describe(
      'CloudProvider of the control plane and the Cluster API node pools; without namespace it means the default namespace.',
    ),
    locations: z
      .array(locationId)
      .min(1)
      .check(uniqueBy(itself))
      .describe(
        'Location ids at spec.provider that the cluster spans; the first is the default.',
      ),
    distribution: z.strictObject({
      name: text().meta({
        examples: ['kubeadm', 'talos', 'k3s', 'eks', 'kapsule'],
      }),
      version: kubernetesVersion,
    }),
    controlPlane: controlPlaneSchema,
    nodePools: z
      .array(nodePoolSchema)
      .min(1)
      .check(uniqueBy(item => keyOf(item, 'name'), ['name'])),
    network: networkSchema,
    storage: storageSchema.optional(),
    observability: observabilitySchema.optional(),
    access: accessSchema.optional(),
    management: managementSchema,
    sovereignty: sovereigntySchema.optional(),
    policy: policySchema.optional(),
    status: clusterStatusSchema.optional(),
  })
  .check(
    rule(checkPlacements, [
      'provider',
      'locations',
      'controlPlane',
      'nodePools',
      'policy',
    ]),
  );
