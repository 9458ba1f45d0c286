import {
  EvidenceNode,
  ObservedEvidence,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { EvidenceProbe } from './EvidenceProbe';
import { LocatedNode, UNKNOWN_PROVIDER } from './nodes/locateNodes';
import {
  judgePatchCurrency,
  KubernetesVersion,
  oldestVersion,
  parseKubernetesVersion,
} from './nodes/patchCurrency';
import { count, observed, tally } from './observe';

function evidenceNode(node: LocatedNode): EvidenceNode {
  return {
    name: node.name,
    role: node.role,
    provider: node.provider,
    ...(node.location ? { location: node.location } : {}),
    ...(node.country ? { country: node.country } : {}),
    vcpu: node.vcpu,
    ...(node.gpus > 0 ? { gpus: node.gpus } : {}),
  };
}

const siteOf = (n: LocatedNode) =>
  `${n.provider}${n.location ? ` ${n.location}` : ''}`;

/**
 * Nodes → `nodes` (provider, location and country per node, allocatable
 * vCPU, GPUs) and kubelet plus API server versions → `patching`.
 */
export const nodesProbe: EvidenceProbe = {
  name: 'nodes',
  async run({ nodes: readNodes, serverVersion, now }) {
    const nodes = await readNodes();
    if (nodes.length === 0) {
      return {
        status: 'skipped',
        observed: {},
        reason: 'the cluster lists no nodes',
      };
    }
    const notes: string[] = [];
    const unknown = nodes.filter(n => n.provider === UNKNOWN_PROVIDER);
    if (unknown.length > 0) {
      notes.push(
        `provider not evidenced for ${count(
          unknown.length,
          'node',
        )} (set the sovereign-cloud.io/provider label)`,
      );
    }
    const unlocated = nodes.filter(n => !n.country).length;
    if (unlocated > 0) {
      notes.push(`location not evidenced for ${count(unlocated, 'node')}`);
    }
    const observedEvidence: ObservedEvidence = {
      nodes: observed(
        // Sorted, so the same cluster always yields the same evidence.
        nodes.map(evidenceNode).sort((a, b) => a.name.localeCompare(b.name)),
        'nodes (spec.providerID, labels, status.allocatable)',
        notes.length > 0 ? notes.join('; ') : undefined,
      ),
    };

    const versions: KubernetesVersion[] = [];
    for (const text of [serverVersion, ...nodes.map(n => n.kubeletVersion)]) {
      const version = parseKubernetesVersion(text);
      if (version) versions.push(version);
    }
    const oldest = oldestVersion(versions);
    let patchNote = 'no Kubernetes version could be read';
    if (oldest) {
      // Control-plane nodes in the cluster: the customer runs (and times) upgrades.
      const timing = nodes.some(n => n.role === 'control-plane')
        ? 'customer'
        : 'provider';
      const judged = judgePatchCurrency(oldest, { now, timing });
      patchNote = judged.note;
      if (judged.value) {
        observedEvidence.patching = observed(
          judged.value,
          'nodes (status.nodeInfo.kubeletVersion), /version',
          judged.note,
        );
      }
    }

    const kubelets = nodes
      .map(n => n.kubeletVersion)
      .filter((k): k is string => Boolean(k));
    return {
      status: 'ok',
      observed: observedEvidence,
      detail: [
        `${count(nodes.length, 'node')}: ${tally(nodes.map(siteOf))}`,
        `kubelet ${kubelets.length > 0 ? tally(kubelets) : 'unknown'}`,
        `API server ${serverVersion || 'unknown'}`,
        patchNote,
        ...notes,
      ].join('; '),
    };
  },
};
