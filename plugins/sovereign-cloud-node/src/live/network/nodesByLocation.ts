import type { NodeLocationGroup } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { LiveNode } from '../storage/LiveKubernetesReader';

export function isNodeReady(node: LiveNode): boolean {
  const conditions =
    (
      node.object.status as
        | { conditions?: { type?: string; status?: string }[] }
        | undefined
    )?.conditions ?? [];
  return conditions.some(c => c.type === 'Ready' && c.status === 'True');
}

/** Nodes grouped by provider and catalogue location, most nodes first. */
export function nodesByLocation(nodes: LiveNode[]): NodeLocationGroup[] {
  const groups = new Map<string, NodeLocationGroup>();
  for (const node of nodes) {
    const { provider, location, country, role } = node.located;
    const key = `${provider}\0${location ?? ''}`;
    const group = groups.get(key) ?? {
      provider,
      ...(location ? { location } : {}),
      ...(country ? { country } : {}),
      nodes: 0,
      ready: 0,
      controlPlane: 0,
    };
    group.nodes++;
    if (isNodeReady(node)) group.ready++;
    if (role === 'control-plane') group.controlPlane++;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.nodes - a.nodes ||
      a.provider.localeCompare(b.provider) ||
      (a.location ?? '').localeCompare(b.location ?? ''),
  );
}
