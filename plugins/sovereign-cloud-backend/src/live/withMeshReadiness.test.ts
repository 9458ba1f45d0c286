import type {
  NetworkReport,
  ObservabilityReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { withMeshReadiness } from './withMeshReadiness';

const network: NetworkReport = {
  source: {
    type: 'kubernetes',
    cluster: 'demo-eu',
    entityRef: 'sovereigncluster:default/demo-eu',
  },
  status: 'observed',
  problems: [],
  durationMs: 5,
  overlay: { cni: 'cilium', encryption: { mode: 'wireguard' } } as any,
  clusterMesh: {
    enabled: true,
    clusterName: 'demo-eu',
    apiserver: true,
    kvstoremesh: false,
    members: [
      { name: 'demo-eu', local: true, source: 'cilium-config' },
      { name: 'eu-north', source: 'kube-system/cilium-clustermesh' },
      { name: 'eu-west', source: 'kube-system/cilium-clustermesh' },
      { name: 'eu-south', source: 'kube-system/cilium-clustermesh' },
    ],
  },
  nodesByLocation: [],
};

const observability = (
  mesh: ObservabilityReport['mesh'],
): ObservabilityReport => ({
  collectedAt: '2026-11-30T12:00:00Z',
  status: 'observed',
  durationMs: 3,
  parts: [],
  links: {},
  ...(mesh ? { mesh } : {}),
});

describe('withMeshReadiness', () => {
  it('fills ready for the remote members Prometheus reports', () => {
    const merged = withMeshReadiness(
      network,
      observability({
        remoteClusters: [
          { cluster: 'eu-north', ready: true, agents: 3, readyAgents: 3 },
          { cluster: 'eu-west', ready: false, agents: 3, readyAgents: 1 },
          // Claims about the local cluster are not its own readiness.
          { cluster: 'demo-eu', ready: false, agents: 1, readyAgents: 0 },
        ],
      }),
    );
    expect(
      merged.clusterMesh.members.map(m => [m.name, m.ready ?? 'unknown']),
    ).toEqual([
      ['demo-eu', 'unknown'],
      ['eu-north', true],
      ['eu-west', false],
      ['eu-south', 'unknown'],
    ]);
    // The report it was given is left alone (it may be cached).
    expect(network.clusterMesh.members[1].ready).toBeUndefined();
  });

  it('leaves readiness unknown when the mesh part was not observed', () => {
    expect(withMeshReadiness(network, observability(undefined))).toEqual(
      network,
    );
    expect(withMeshReadiness(network, undefined)).toEqual(network);
  });
});
