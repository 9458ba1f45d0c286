import { clusterRequestSchema } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { z as zv3 } from 'zod/v3';

type Z = typeof zv3;

const fields = clusterRequestSchema.shape;
const describe = (field: keyof typeof fields) =>
  fields[field].description ?? String(field);

/*
 * The request as the scaffolder's JSON schema (forms, docs, the pre-check of
 * the task runner). Types and descriptions only, objects open: the handler
 * validates with `parseClusterRequest`, whose errors name the field and the
 * reason, which JSON-schema messages do not.
 */
export function clusterRequestInput(z: Z) {
  const pool = z
    .object({
      name: z.string().describe('Pool name; the machine deployment name.'),
      provider: z
        .string()
        .optional()
        .describe("CloudProvider of the pool when not the cluster's."),
      location: z.string().describe('Location id or zone of the pool.'),
      machineType: z.string().describe('Machine type at the provider.'),
      count: z.number().describe('Number of nodes.'),
      labels: z.record(z.string()).optional().describe('Node labels.'),
      taints: z
        .array(z.object({}).passthrough())
        .optional()
        .describe('Node taints (key, value, effect).'),
    })
    .passthrough();
  return z
    .object({
      name: z.string().describe(describe('name')),
      owner: z.string().describe(describe('owner')),
      provider: z.string().describe(describe('provider')),
      locations: z.array(z.string()).describe(describe('locations')),
      kubernetesVersion: z.string().describe(describe('kubernetesVersion')),
      controlPlane: z
        .object({
          replicas: z.number().describe('Control-plane machines: 1, 3 or 5.'),
          machineType: z
            .string()
            .describe('Machine type of the control plane.'),
          location: z
            .string()
            .optional()
            .describe('Location of the control plane.'),
        })
        .passthrough()
        .describe(describe('controlPlane')),
      nodePools: z.array(pool).describe(describe('nodePools')),
      network: z
        .object({
          overlay: z
            .enum(['cilium-wireguard', 'kilo', 'kubespan', 'none'])
            .describe('Overlay network.'),
          mesh: z
            .string()
            .optional()
            .describe('Cluster mesh Resource to join.'),
          podCidr: z
            .string()
            .optional()
            .describe('Pod CIDR; allocated when left out.'),
          serviceCidr: z
            .string()
            .optional()
            .describe('Service CIDR; allocated when left out.'),
        })
        .passthrough()
        .describe(describe('network')),
      storage: z
        .object({
          backend: z
            .enum(['rook-ceph', 'longhorn', 'simplyblock', 'provider-csi'])
            .describe('Storage backend.'),
          replication: z.number().describe('Copies of each block.'),
          failureDomain: z
            .enum(['host', 'rack', 'zone', 'region'])
            .describe('Level replicas are spread across.'),
        })
        .passthrough()
        .describe(describe('storage')),
      observability: z
        .object({
          enabled: z.boolean().describe('Install metrics and telemetry.'),
          remoteWrite: z
            .object({ url: z.string().describe('Remote-write URL.') })
            .passthrough()
            .optional(),
        })
        .passthrough()
        .describe(describe('observability')),
      policy: z
        .object({
          minimumSeal: z
            .enum(['SEAL-0', 'SEAL-1', 'SEAL-2', 'SEAL-3', 'SEAL-4'])
            .optional()
            .describe('Lowest acceptable SEAL of the posture preview.'),
          allowedJurisdictions: z
            .array(z.string())
            .optional()
            .describe('EU, EEA or country codes every location must be in.'),
          excludedProviders: z.array(z.string()).optional(),
        })
        .passthrough()
        .optional()
        .describe(describe('policy')),
      management: z
        .object({
          managementCluster: z
            .string()
            .describe('SovereignCluster that runs Cluster API.'),
          namespace: z
            .string()
            .describe(
              'Namespace of the cluster objects and credential Secrets.',
            ),
        })
        .passthrough()
        .describe(describe('management')),
      experimental: z.boolean().optional().describe(describe('experimental')),
    })
    .passthrough()
    .describe(clusterRequestSchema.description ?? 'A cluster request.');
}
