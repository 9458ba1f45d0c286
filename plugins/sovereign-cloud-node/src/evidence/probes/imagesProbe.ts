import { RegistryUse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { EvidenceProbe } from './EvidenceProbe';
import { registryHostOf } from './images/registryHost';
import { RegistryJurisdictions } from './images/registryOperators';
import { count, observed } from './observe';

interface PodObject extends KubernetesObject {
  spec?: Record<
    'containers' | 'initContainers' | 'ephemeralContainers',
    Array<{ image?: string }> | undefined
  >;
  status?: { phase?: string };
}

const FINISHED = new Set(['Succeeded', 'Failed']);
// Pods are many: page through them instead of one huge answer.
const PAGE_SIZE = 500;

function hostsOf(pod: PodObject): Set<string> {
  const hosts = new Set<string>();
  const { containers, initContainers, ephemeralContainers } = pod.spec ?? {};
  for (const c of [
    ...(containers ?? []),
    ...(initContainers ?? []),
    ...(ephemeralContainers ?? []),
  ]) {
    const host = c.image ? registryHostOf(c.image) : undefined;
    if (host) hosts.add(host);
  }
  return hosts;
}

/**
 * Pods in all namespaces → `registries`: per registry host, the pods that
 * pull from it (a pod counts once for each host it uses) and the host's
 * jurisdiction. Finished pods are left out.
 */
export const imagesProbe: EvidenceProbe = {
  name: 'images',
  async run({ client, signal, settings }) {
    const pods = await client.list<PodObject>('v1', 'Pod', {
      pageSize: PAGE_SIZE,
      signal,
    });
    const running = pods.items.filter(
      p => !FINISHED.has(p.status?.phase ?? ''),
    );
    if (running.length === 0) {
      return {
        status: 'skipped',
        observed: {},
        reason: 'no running pods',
      };
    }
    const jurisdictions = RegistryJurisdictions.create(settings);
    const podsPerHost = new Map<string, number>();
    for (const pod of running) {
      for (const host of hostsOf(pod)) {
        podsPerHost.set(host, (podsPerHost.get(host) ?? 0) + 1);
      }
    }
    const registries: RegistryUse[] = [...podsPerHost]
      .map(([host, n]) => ({
        host,
        pods: n,
        jurisdiction: jurisdictions.of(host),
      }))
      .sort((a, b) => b.pods - a.pods || a.host.localeCompare(b.host));
    return {
      status: 'ok',
      observed: {
        registries: observed(registries, 'pods (all namespaces)'),
      },
      detail: `${count(running.length, 'running pod')}: ${registries
        .map(r => `${r.host} ×${r.pods} (${r.jurisdiction})`)
        .join(', ')}`,
    };
  },
};
