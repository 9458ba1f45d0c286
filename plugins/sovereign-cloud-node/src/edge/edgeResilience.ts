import type { RenderedWorkload } from '../workloads/types';
import { parseEdgeRequest } from './edgeRequest';
import type { EdgeProviderLossOutcome } from './types';

function list(items: readonly string[]): string {
  return items.join(', ');
}

/**
 * What losing each provider does to the workload's entry: the providers of
 * the chosen clusters and of the DNS named for the entry, sorted. `fails`
 * when nothing is left behind the entry or its DNS runs only at that
 * provider; `degrades` when it is still served but without redundancy, below
 * the workload's `survivesProviderLoss.minReplicas`, off its failover primary
 * or with fewer DNS servers; `keeps-serving` otherwise.
 * @public
 */
export function edgeResilience(
  edgeInput: unknown,
  rendered: RenderedWorkload,
): EdgeProviderLossOutcome[] {
  const edge = parseEdgeRequest(edgeInput);
  const entry = edge.globalEntry;
  const host = edge.hostname;
  const dns = entry.strategy === 'anycast' ? undefined : entry.dns;
  const minReplicas =
    rendered.workload.sovereignty?.survivesProviderLoss?.minReplicas;
  const providers = [
    ...new Set([
      ...rendered.clusters.map(c => c.provider),
      ...(dns?.providers ?? []),
    ]),
  ].sort();

  return providers.map(provider => {
    const remaining = rendered.clusters.filter(c => c.provider !== provider);
    const remainingClusters = remaining.map(c => c.cluster);
    const result = (
      outcome: EdgeProviderLossOutcome['outcome'],
      reason: string,
    ): EdgeProviderLossOutcome => ({
      provider,
      outcome,
      reason,
      remainingClusters,
    });

    if (dns && dns.providers.every(p => p === provider)) {
      return result(
        'fails',
        `the authoritative DNS for ${host} (${dns.service}) runs only at ${provider}`,
      );
    }
    if (!remaining.length) {
      return result('fails', `every cluster behind ${host} is at ${provider}`);
    }
    const others = [...new Set(remaining.map(c => c.provider))].sort();
    const problems: string[] = [];
    if (remaining.length === 1) {
      problems.push(`only ${remainingClusters[0]} is left: no redundancy`);
    }
    const replicas = remaining.reduce((n, c) => n + c.replicas, 0);
    if (minReplicas !== undefined && replicas < minReplicas) {
      problems.push(
        `${replicas} replicas remain, fewer than the ${minReplicas} the workload requires after a provider loss`,
      );
    }
    if (entry.strategy === 'k8gb' && entry.primaryGeoTag) {
      const primary = rendered.clusters.filter(
        c => entry.geoTags[c.cluster] === entry.primaryGeoTag,
      );
      if (primary.length && primary.every(c => c.provider === provider)) {
        problems.push(
          `k8gb fails over from primary geo ${entry.primaryGeoTag} to ${list(
            remaining.map(c => entry.geoTags[c.cluster] ?? c.cluster),
          )}`,
        );
      }
    }
    if (dns?.providers.includes(provider)) {
      problems.push(
        `${dns.service} answers only from ${list(
          dns.providers.filter(p => p !== provider),
        )}`,
      );
    }
    if (problems.length) {
      return result('degrades', `${host} is still served; ${list(problems)}`);
    }
    return result(
      'keeps-serving',
      `${remaining.length} clusters at ${list(
        others,
      )} remain behind ${host} (${list(remainingClusters)})`,
    );
  });
}
