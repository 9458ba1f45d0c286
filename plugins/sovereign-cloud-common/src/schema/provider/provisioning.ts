import { z } from 'zod';
import { PROVISIONING_METHODS } from '../../entities/vocabulary';
import {
  clusterApiContract,
  kubernetesApiVersion,
  kubernetesKind,
  repositorySlug,
} from '../formats';
import { text } from '../text';
import { provenanceFields } from './facts';

const [CLUSTER_API, CROSSPLANE, UNKNOWN] = PROVISIONING_METHODS;

const provisioningPath = z
  .discriminatedUnion('method', [
    z
      .strictObject({
        method: z.literal(CLUSTER_API),
        infrastructureProvider: text().meta({
          examples: ['CAPIC', 'CAPH', 'CAPS', 'CAPO'],
        }),
        repository: repositorySlug,
        apiVersion: kubernetesApiVersion,
        clusterKind: kubernetesKind.optional(),
        machineKind: kubernetesKind,
        controlPlaneKind: kubernetesKind.optional(),
        contract: clusterApiContract.optional(),
        release: text().optional(),
        managedControlPlane: z.boolean().optional(),
        ...provenanceFields,
      })
      .describe(
        'Clusters created through a Cluster API infrastructure provider.',
      ),
    z
      .strictObject({
        method: z.literal(CROSSPLANE),
        service: text(),
        crossplaneProvider: repositorySlug,
        apiVersion: kubernetesApiVersion.optional(),
        clusterKind: kubernetesKind.optional(),
        nodePoolKind: kubernetesKind.optional(),
        ...provenanceFields,
      })
      .describe('Managed Kubernetes created through a Crossplane provider.'),
    z
      .strictObject({
        method: z.literal(UNKNOWN),
        ...provenanceFields,
        note: text(),
      })
      .describe(
        'No provisioning path is known; the note says what is missing.',
      ),
  ])
  .describe('How clusters are created at this provider.');

export const provisioningSchema = z.array(provisioningPath);
