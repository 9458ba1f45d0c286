import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import request from 'supertest';
import { CapturingLogger, clusterEntity, startPlugin } from './__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from './plugin';

jest.setTimeout(60_000);

/** A Hetzner node as the hcloud cloud controller labels it. */
function hetznerNode(
  name: string,
  options: { cpu: string; controlPlane?: boolean },
) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'topology.kubernetes.io/region': 'fsn1',
        'topology.kubernetes.io/zone': 'fsn1-dc14',
        ...(options.controlPlane
          ? { 'node-role.kubernetes.io/control-plane': '' }
          : {}),
      },
    },
    spec: { providerID: `hcloud://${name.length}${name.charCodeAt(0)}` },
    status: {
      capacity: { cpu: options.cpu, memory: '32Gi', pods: '110' },
      allocatable: { cpu: options.cpu, memory: '31Gi', pods: '110' },
      nodeInfo: { kubeletVersion: 'v1.33.4' },
    },
  };
}

const nodes = [
  hetznerNode('cp-1', { cpu: '4', controlPlane: true }),
  hetznerNode('worker-1', { cpu: '16' }),
  hetznerNode('worker-2', { cpu: '16' }),
];

function withAccess(
  entity: SovereignClusterEntity,
  apiServer: string,
  configKey: string,
): SovereignClusterEntity {
  return {
    ...entity,
    spec: {
      ...entity.spec,
      access: {
        apiServer,
        auth: { provider: 'serviceAccount', credential: { configKey } },
      },
    },
  };
}

describe('with the default collector against Kubernetes API servers', () => {
  const servers: KubernetesTestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map(s => s.stop()));
  });

  it('observes a cluster, reports a failing one, and never leaks its token', async () => {
    const healthy = await KubernetesTestServer.start({
      name: 'fsn',
      objects: nodes,
    });
    const broken = await KubernetesTestServer.start({
      name: 'broken',
      objects: nodes,
    });
    servers.push(healthy, broken);
    const canary = 'canary-kube-token-7d1c9e0b4a';
    const logger = new CapturingLogger();
    const { server, scheduler } = await startPlugin({
      collector: 'default',
      services: [logger.factory()],
      entities: [
        withAccess(
          clusterEntity('hetzner-fsn', {
            provider: 'hetzner',
            location: 'fsn1',
            workers: 2,
          }),
          healthy.url,
          'sovereignCloud.clusters.fsn.token',
        ),
        withAccess(
          clusterEntity('hetzner-broken', {
            provider: 'hetzner',
            location: 'fsn1',
            workers: 2,
          }),
          broken.url,
          'sovereignCloud.clusters.broken.token',
        ),
        clusterEntity('no-access', { provider: 'ionos', location: 'de/fra' }),
      ],
      config: {
        sovereignCloud: {
          kubernetes: { allowedApiServers: [healthy.url, broken.url] },
          // The broken cluster is given a wrong token: its API answers 401.
          clusters: {
            fsn: { token: healthy.token! },
            broken: { token: canary },
          },
          posture: { collection: { timeout: '5s' } },
        },
      },
    });
    await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);

    const fleet = await request(server).get('/api/sovereign-cloud/fleet');
    expect(fleet.status).toBe(200);
    const byName = Object.fromEntries(
      fleet.body.items.map((i: any) => [i.name, i]),
    );
    expect(byName['hetzner-fsn']).toMatchObject({
      providers: ['hetzner'],
      countries: ['DE'],
      // Allocatable CPU of the two workers as the API reports it.
      vcpu: 32,
    });
    expect(byName['hetzner-fsn'].evidenceStatus).toBe('observed');
    expect(byName['hetzner-broken']).toMatchObject({
      evidenceStatus: 'failed',
      evidenceReason: expect.stringMatching(/401/),
      score: expect.any(Number),
    });
    expect(byName['no-access'].evidenceStatus).toBe('not-configured');

    const posture = await request(server).get(
      '/api/sovereign-cloud/posture/sovereigncluster/default/hetzner-fsn',
    );
    expect(posture.status).toBe(200);
    expect(
      posture.body.evidence[0].probes.find((p: any) => p.probe === 'nodes'),
    ).toMatchObject({
      status: 'ok',
    });

    const texts = [
      JSON.stringify(fleet.body),
      JSON.stringify(posture.body),
      ...logger.lines,
    ];
    for (const text of texts) expect(text).not.toContain(canary);
  });
});
