/** What losing one provider does to an entry point. @public */
export type EdgeProviderLossOutcome = {
  provider: string;
  outcome: 'keeps-serving' | 'degrades' | 'fails';
  reason: string;
  /** Clusters still behind the entry after the loss. */
  remainingClusters: string[];
};

/** A cluster behind an entry point. @public */
export type EntryBackend = {
  cluster: string;
  provider: string;
  replicas: number;
};

/** An entry point and what stands behind it. @public */
export type EntryPoint = {
  hostname: string;
  strategy: 'k8gb' | 'external-dns' | 'anycast';
  backends: EntryBackend[];
  /** The authoritative DNS for the name and the providers running it. */
  dns?: { service: string; providers: string[] };
  /** Replicas the workload must keep after a provider loss. */
  minReplicas?: number;
  /** k8gb failover: the primary and, per cluster, the label it is known by (its geo tag). */
  failover?: {
    primary: string;
    clusters: string[];
    labels: Record<string, string>;
  };
};

const list = (items: readonly string[]) => items.join(', ');

/**
 * What losing each provider does to the entry: the providers of the clusters
 * behind it and of its DNS, sorted. `fails` when nothing is left behind the
 * entry or its DNS runs only at that provider; `degrades` when it is still
 * served but without redundancy, below `minReplicas`, off its failover
 * primary or with fewer DNS servers; `keeps-serving` otherwise.
 * @public
 */
export function entryProviderLoss(
  entry: EntryPoint,
): EdgeProviderLossOutcome[] {
  const { hostname: host, dns, backends } = entry;
  const providers = [
    ...new Set([...backends.map(b => b.provider), ...(dns?.providers ?? [])]),
  ].sort();

  return providers.map(provider => {
    const remaining = backends.filter(b => b.provider !== provider);
    const remainingClusters = remaining.map(b => b.cluster);
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
    const problems: string[] = [];
    if (remaining.length === 1) {
      problems.push(`only ${remainingClusters[0]} is left: no redundancy`);
    }
    const replicas = remaining.reduce((n, b) => n + b.replicas, 0);
    if (entry.minReplicas !== undefined && replicas < entry.minReplicas) {
      problems.push(
        `${replicas} replicas remain, fewer than the ${entry.minReplicas} the workload requires after a provider loss`,
      );
    }
    const failover = entry.failover;
    if (failover) {
      const primary = backends.filter(b =>
        failover.clusters.includes(b.cluster),
      );
      if (primary.length && primary.every(b => b.provider === provider)) {
        problems.push(
          `${entry.strategy} fails over from primary ${
            failover.primary
          } to ${list(
            remaining.map(b => failover.labels[b.cluster] ?? b.cluster),
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
    const others = [...new Set(remaining.map(b => b.provider))].sort();
    return result(
      'keeps-serving',
      `${remaining.length} clusters at ${list(
        others,
      )} remain behind ${host} (${list(remainingClusters)})`,
    );
  });
}
