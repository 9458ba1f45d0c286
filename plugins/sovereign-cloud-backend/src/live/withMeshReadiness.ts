import type {
  NetworkReport,
  ObservabilityReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * The network report with each remote mesh member's `ready` taken from the
 * cluster's Prometheus (Cilium's remote-cluster readiness as this cluster's
 * agents see it). Members Prometheus does not report, the local cluster, and
 * every member when the mesh part was not observed stay unknown.
 */
export function withMeshReadiness(
  network: NetworkReport,
  observability: ObservabilityReport | undefined,
): NetworkReport {
  const remotes = observability?.mesh?.remoteClusters;
  if (!remotes) return network;
  const readiness = new Map(remotes.map(r => [r.cluster, r.ready]));
  return {
    ...network,
    clusterMesh: {
      ...network.clusterMesh,
      members: network.clusterMesh.members.map(member => {
        const ready = member.local ? undefined : readiness.get(member.name);
        return ready === undefined ? member : { ...member, ready };
      }),
    },
  };
}
