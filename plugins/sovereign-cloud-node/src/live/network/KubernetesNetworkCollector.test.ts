import { NetworkReport } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  DEMO_SECRET_CANARY,
  demoClusterObjects,
} from '../__fixtures__/demoCluster';
import { LIVE_NOW, startLiveCluster } from '../__fixtures__/startLiveCluster';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';

const nodesOnly = () =>
  demoClusterObjects().filter(o => (o as { kind: string }).kind === 'Node');

function kiloDaemonSet(args: string[]) {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { namespace: 'kube-system', name: 'kilo' },
    spec: {
      selector: { matchLabels: { 'app.kubernetes.io/name': 'kilo' } },
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': 'kilo' } },
        spec: {
          containers: [
            {
              name: 'kilo',
              image: 'squat/kilo:0.6.0',
              args: ['--kubeconfig=/etc/kubernetes/kubeconfig', ...args],
            },
          ],
        },
      },
    },
  };
}

describe('KubernetesNetworkCollector', () => {
  let server: KubernetesTestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  describe('on the demo cluster', () => {
    let report: NetworkReport;
    beforeAll(async () => {
      const started = await startLiveCluster(demoClusterObjects());
      report = await started.network.collect(started.entity);
      await started.server.stop();
    });

    it('is observed, with its source and time', () => {
      expect(report).toMatchObject({
        status: 'observed',
        collectedAt: LIVE_NOW.toISOString(),
        source: { type: 'kubernetes', cluster: 'demo-eu' },
        problems: [],
      });
    });

    it('reads Cilium WireGuard including node traffic', () => {
      expect(report.overlay).toEqual({
        cni: 'cilium',
        encryption: {
          mode: 'wireguard',
          scope: 'pod-and-node',
          source: 'kube-system/cilium-config',
        },
        cilium: {
          routingMode: 'tunnel',
          tunnelProtocol: 'vxlan',
          wireguard: true,
          ipsec: false,
          nodeEncryption: true,
          clusterName: 'demo-eu',
          clusterId: 1,
        },
      });
    });

    it('names the ClusterMesh members from configuration, readiness unknown', () => {
      expect(report.clusterMesh).toEqual({
        enabled: true,
        clusterName: 'demo-eu',
        clusterId: 1,
        apiserver: true,
        kvstoremesh: false,
        members: [
          {
            name: 'demo-eu',
            local: true,
            source: 'kube-system/cilium-config (cluster-name)',
          },
          {
            name: 'eu-north-1',
            source: 'kube-system/cilium-clustermesh (Secret keys)',
          },
          {
            name: 'eu-west-1',
            source: 'kube-system/cilium-clustermesh (Secret keys)',
          },
        ],
      });
      expect(report.clusterMesh.members.every(m => m.ready === undefined)).toBe(
        true,
      );
    });

    it('counts nodes per provider location', () => {
      expect(report.nodesByLocation).toEqual([
        {
          provider: 'hetzner',
          location: 'fsn1',
          country: 'DE',
          nodes: 3,
          ready: 3,
          controlPlane: 1,
        },
        {
          provider: 'ionos',
          location: 'de/fra',
          country: 'DE',
          nodes: 3,
          ready: 2,
          controlPlane: 1,
        },
      ]);
    });

    it('never carries a Secret value, only the keys', () => {
      const text = JSON.stringify(report);
      expect(text).not.toContain(DEMO_SECRET_CANARY);
      expect(text).not.toContain('BEGIN');
      expect(text).not.toContain('mesh.cilium.io');
    });
  });

  it('reads a Kilo mesh and its granularity when there is no Cilium', async () => {
    const nodes = nodesOnly().map(n => {
      const node = n as { metadata: { name: string; annotations?: object } };
      // Kilo's own location annotation wins over the region label.
      if (node.metadata.name.includes('fra')) {
        node.metadata.annotations = { 'kilo.squat.ai/location': 'ionos-fra' };
      }
      return node;
    });
    const started = await startLiveCluster([
      ...nodes,
      kiloDaemonSet(['--mesh-granularity=full']),
    ]);
    server = started.server;

    const report = await started.network.collect(started.entity);

    expect(report.status).toBe('observed');
    expect(report.overlay).toEqual({
      cni: 'kilo',
      encryption: {
        mode: 'wireguard',
        scope: 'pod-and-node',
        source: 'kube-system/kilo (DaemonSet)',
      },
      kilo: {
        meshGranularity: 'full',
        locations: [
          { location: 'fsn1', nodes: 3 },
          { location: 'ionos-fra', nodes: 3 },
        ],
      },
    });
    expect(report.clusterMesh).toEqual({
      enabled: false,
      apiserver: false,
      kvstoremesh: false,
      members: [],
    });
  });

  it('says unknown, not none, when no overlay it reads is installed', async () => {
    const started = await startLiveCluster(nodesOnly());
    server = started.server;

    const report = await started.network.collect(started.entity);

    expect(report.status).toBe('observed');
    expect(report.overlay).toEqual({
      cni: 'unknown',
      encryption: { mode: 'unknown' },
    });
    expect(report.nodesByLocation).toHaveLength(2);
  });

  it('is partial when Secrets may not be read, and still shows the overlay', async () => {
    const started = await startLiveCluster(demoClusterObjects());
    server = started.server;
    server.faults.inject({
      path: '/api/v1/namespaces/kube-system/secrets/*',
      status: 403,
    });

    const report = await started.network.collect(started.entity);

    expect(report.status).toBe('partial');
    expect(report.problems).toEqual([
      {
        section: 'clusterMesh',
        reason: 'access denied: API server answered 403',
      },
    ]);
    expect(report.overlay.encryption.mode).toBe('wireguard');
    // Only what cilium-config says about the mesh remains.
    expect(report.clusterMesh.members.map(m => m.name)).toEqual(['demo-eu']);
  });

  it('fails with the reason on 500s and on a hanging API server', async () => {
    const started = await startLiveCluster(demoClusterObjects(), {
      timeoutMs: 400,
    });
    server = started.server;
    const remove = server.faults.inject({ status: 500 });

    const broken = await started.network.collect(started.entity);
    expect(broken).toMatchObject({
      status: 'failed',
      reason: 'API server answered 500',
      overlay: { cni: 'unknown' },
      nodesByLocation: [],
    });

    remove();
    server.faults.inject({ hang: true });
    const hanging = await started.network.collect(started.entity);
    expect(hanging).toMatchObject({
      status: 'failed',
      reason: 'timed out after 400 ms',
    });
    expect(hanging.durationMs).toBeLessThan(1_500);
  });
});
