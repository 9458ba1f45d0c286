import {
  ClusterRequest,
  MeshSlot,
  PosturePreview,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  AddonBundle,
  CILIUM_SHARED_CA_SECRET,
  InfrastructureProviderFacts,
  KubernetesObject,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';

/**
 * The plan in a few lines for the review step. Names Secrets the
 * management cluster must hold; never their values.
 */
export function summariseClusterPlan(plan: {
  request: ClusterRequest;
  provider: string;
  facts?: InfrastructureProviderFacts;
  manifests: readonly KubernetesObject[];
  bundle: AddonBundle;
  slot?: MeshSlot;
  /** Where the slot comes from, e.g. "reserved in the provisioning records". */
  slotSource?: string;
  posture: PosturePreview;
}): string {
  const { request, facts, bundle, slot, slotSource, posture } = plan;
  const nodes = request.nodePools.reduce((sum, p) => sum + p.count, 0);
  const kinds = plan.manifests.map(o => o.kind).join(', ');
  const addons = [
    ...new Set(
      bundle.files
        .flatMap(f => f.objects)
        .map(o => o.metadata?.labels?.['sovereign-cloud.io/addon'])
        .filter(Boolean),
    ),
  ].join(', ');
  const lines = [
    `## Cluster ${request.name}`,
    '',
    `- Provider: ${plan.provider} in ${request.locations.join(', ')}`,
    `- Engine: ${
      facts
        ? `${facts.title} ${facts.release}${
            facts.clusterApiVersion ? ` (${facts.clusterApiVersion})` : ''
          }`
        : 'unknown'
    }`,
    `- Kubernetes ${request.kubernetesVersion}: ${request.controlPlane.replicas} control-plane, ${nodes} worker nodes in ${request.nodePools.length} pools`,
    `- Network: ${request.network.overlay}${
      slot
        ? `, ClusterMesh ID ${slot.clusterId}, pods ${slot.podCidr}, services ${
            slot.serviceCidr
          }${slotSource ? ` (${slotSource})` : ''}`
        : ''
    }`,
    `- Storage: ${request.storage.backend}, ${request.storage.replication} copies across ${request.storage.failureDomain}`,
    `- Add-ons (${bundle.delivery}): ${addons || 'none'}`,
    `- Management cluster ${request.management.managementCluster}, namespace ${request.management.namespace}: ${kinds}`,
    '',
    `## Posture preview: ${posture.sealLabel}${
      posture.provisional ? ' (provisional)' : ''
    }, score ${posture.score}`,
    '',
    ...posture.binding.map(c => `- binding: ${c.id} ${c.title}`),
    '',
    '## Secrets the management cluster must hold (by name)',
    '',
    facts?.credentials
      ? `- ${facts.credentials.kind} ${facts.credentials.defaultName} in ${
          request.management.namespace
        } (keys: ${facts.credentials.keys.join(', ')})`
      : '- none named by the provider',
    ...(slot
      ? [
          `- Secret ${CILIUM_SHARED_CA_SECRET} in kube-system of each member (mesh CA, created in apply mode, never in Git)`,
        ]
      : []),
  ];
  return lines.join('\n');
}
