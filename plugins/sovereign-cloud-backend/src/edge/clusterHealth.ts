import {
  EdgeBackendStatus,
  EdgeClusterHealth,
  NetworkReport,
  ObservabilityReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

type Health = Pick<
  EdgeBackendStatus,
  'health' | 'reason' | 'nodes' | 'checkedAt'
>;

/**
 * A cluster's health behind an entry, from the network card (nodes ready;
 * the API answering at all) and the observability card (critical alerts).
 */
export function clusterHealth(
  network: NetworkReport,
  observability?: ObservabilityReport,
): Health {
  const checkedAt = network.collectedAt;
  if (network.status === 'not-configured') {
    return {
      health: 'unknown',
      reason: network.reason ?? 'No live source configured for this cluster',
    };
  }
  if (network.status === 'failed') {
    return {
      health: 'down',
      reason: `Kubernetes API not answering: ${
        network.reason ?? 'unknown error'
      }`,
      ...(checkedAt ? { checkedAt } : {}),
    };
  }
  const total = network.nodesByLocation.reduce((n, g) => n + g.nodes, 0);
  const ready = network.nodesByLocation.reduce((n, g) => n + g.ready, 0);
  const nodes = { ready, total };
  const at = checkedAt ? { checkedAt } : {};
  if (total > 0 && ready === 0) {
    return {
      health: 'down',
      reason: `No node ready (0/${total})`,
      nodes,
      ...at,
    };
  }
  const critical = (observability?.alerts ?? []).filter(
    a => a.severity === 'critical',
  );
  const problems = [
    ...(ready < total ? [`${total - ready} of ${total} nodes not ready`] : []),
    ...(critical.length
      ? [`critical alerts firing: ${critical.map(a => a.name).join(', ')}`]
      : []),
  ];
  if (problems.length) {
    return { health: 'degraded', reason: problems.join('; '), nodes, ...at };
  }
  return {
    health: 'serving',
    reason: `${ready}/${total} nodes ready`,
    nodes,
    ...at,
  };
}

/** An entry's health from the clusters behind it. */
export function entryHealth(
  clusters: readonly Pick<EdgeBackendStatus, 'name' | 'health'>[],
): { health: EdgeClusterHealth; reason: string } {
  const named = (h: EdgeClusterHealth) =>
    clusters.filter(c => c.health === h).map(c => c.name);
  const serving = named('serving');
  const degraded = named('degraded');
  const down = named('down');
  if (!clusters.length) {
    return { health: 'down', reason: 'No cluster stands behind the entry' };
  }
  if (serving.length === clusters.length) {
    return { health: 'serving', reason: `Served by ${serving.join(', ')}` };
  }
  if (!serving.length && !degraded.length) {
    return down.length === clusters.length
      ? {
          health: 'down',
          reason: `Every cluster behind it is down (${down.join(', ')})`,
        }
      : {
          health: 'unknown',
          reason: 'No live source for the clusters behind it that are not down',
        };
  }
  const parts = [
    ...(serving.length ? [`served by ${serving.join(', ')}`] : []),
    ...(degraded.length ? [`degraded: ${degraded.join(', ')}`] : []),
    ...(down.length ? [`down: ${down.join(', ')}`] : []),
    ...(named('unknown').length
      ? [`unknown: ${named('unknown').join(', ')}`]
      : []),
  ];
  const first = parts.join('; ');
  return {
    health: 'degraded',
    reason: first.charAt(0).toUpperCase() + first.slice(1),
  };
}
