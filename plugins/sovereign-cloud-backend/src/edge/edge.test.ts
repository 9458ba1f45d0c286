import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import request from 'supertest';
import {
  clusterEntity,
  OUTSIDER,
  startPlugin,
  StartOptions,
  VisibilityCatalog,
} from '../__testUtils__';

jest.setTimeout(60_000);

const KUBE_CANARY = 'canary-kube-token-9a1c44e2b7';

/** A SovereignCluster that names its entry of `sovereignCloud.kubernetes.clusters`. */
function liveCluster(
  name: string,
  provider: string,
  location: string,
): SovereignClusterEntity {
  const entity = clusterEntity(name, { provider, location });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { 'sovereign-cloud.io/kubernetes-cluster': name },
    },
  };
}

const node = (name: string, providerID: string, ready = true) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: {
    name,
    labels: { 'topology.kubernetes.io/region': 'de-fra' },
  },
  spec: { providerID },
  status: {
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
  },
});

function shop(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'shop-web',
      annotations: {
        'sovereign-cloud.io/replicas': '6',
        'sovereign-cloud.io/edge-hostname': 'shop.example.eu',
        'sovereign-cloud.io/edge-strategy': 'k8gb',
        'sovereign-cloud.io/edge-dns-service': 'PowerDNS',
        'sovereign-cloud.io/edge-dns-providers': 'ionos, scaleway',
        'sovereign-cloud.io/edge-tls-issuer': 'acme',
        'sovereign-cloud.io/edge-tls-issuer-country': 'IT',
        ...annotations,
      },
    },
    spec: {
      type: 'website',
      owner: 'group:default/shop',
      lifecycle: 'production',
      dependsOn: [
        'sovereigncluster:default/ionos-fra',
        'sovereigncluster:default/scaleway-par',
        'sovereigncluster:default/hetzner-fsn',
      ],
    },
  };
}

describe('GET /edge/component/:namespace/:name', () => {
  let healthy: KubernetesTestServer;
  let failing: KubernetesTestServer;

  beforeAll(async () => {
    [healthy, failing] = await Promise.all([
      KubernetesTestServer.start({ name: 'ionos-fra' }),
      KubernetesTestServer.start({ name: 'scaleway-par' }),
    ]);
    healthy.load(
      node('fra-1', 'ionos://a'),
      node('fra-2', 'ionos://b'),
      node('fra-3', 'ionos://c'),
    );
    failing.load(node('par-1', 'scaleway://fr-par-1/a'));
    // The cluster behind the entry that is down: every API call fails.
    failing.faults.inject({ status: 500 });
  });
  afterAll(async () => {
    await Promise.all([healthy, failing].map(s => s?.stop()));
  });

  const start = (entities: Entity[], options: StartOptions = {}) =>
    startPlugin({
      entities: [
        liveCluster('ionos-fra', 'ionos', 'de/fra'),
        liveCluster('scaleway-par', 'scaleway', 'fr-par'),
        clusterEntity('hetzner-fsn', { provider: 'hetzner', location: 'fsn1' }),
        ...entities,
      ],
      config: {
        sovereignCloud: {
          kubernetes: {
            clusters: [
              { name: 'ionos-fra', url: healthy.url, token: healthy.token! },
              { name: 'scaleway-par', url: failing.url, token: KUBE_CANARY },
            ],
          },
          posture: { collection: { timeout: '2s' } },
        },
      },
      ...options,
    });

  it("shows the entry degraded when one cluster behind it is down, with each cluster's health", async () => {
    const { server } = await start([shop()]);
    const res = await request(server).get(
      '/api/sovereign-cloud/edge/component/default/shop-web',
    );
    expect(res.status).toBe(200);
    expect(res.body.entries).toEqual([
      {
        hostname: 'shop.example.eu',
        health: 'degraded',
        reason: 'Served by ionos-fra; down: scaleway-par; unknown: hetzner-fsn',
      },
    ]);
    const byName = Object.fromEntries(
      res.body.clusters.map((c: any) => [c.name, c]),
    );
    expect(byName['ionos-fra']).toMatchObject({
      health: 'serving',
      nodes: { ready: 3, total: 3 },
      provider: 'ionos',
      replicas: 2,
    });
    expect(byName['scaleway-par'].health).toBe('down');
    expect(byName['scaleway-par'].reason).toMatch(
      /^Kubernetes API not answering: /,
    );
    expect(byName['hetzner-fsn'].health).toBe('unknown');
    expect(JSON.stringify(res.body)).not.toContain(KUBE_CANARY);

    // The provider-loss view: DNS at two providers, clusters at three.
    expect(
      res.body.posture.entries[0].providerLoss.map((l: any) => [
        l.provider,
        l.outcome,
      ]),
    ).toEqual([
      ['hetzner', 'keeps-serving'],
      ['ionos', 'degrades'],
      ['scaleway', 'degrades'],
    ]);
    expect(res.body.posture.survivesLossOfAnyProvider).toBe(true);
  });

  it('turns an entry that depends on one provider into findings on the component posture', async () => {
    const { server } = await start([
      shop({ 'sovereign-cloud.io/edge-dns-providers': 'ionos' }),
    ]);
    const res = await request(server).get(
      '/api/sovereign-cloud/posture/component/default/shop-web',
    );
    expect(res.status).toBe(200);
    const edge = res.body.report.findings.find(
      (f: any) => f.criterionId === 'EDGE-ENTRY',
    );
    expect(edge).toMatchObject({ severity: 'high', objective: 'SOV-4' });
    expect(edge.detail).toContain(
      'losing ionos takes the entry down: the authoritative DNS for shop.example.eu (PowerDNS) runs only at ionos',
    );
    expect(res.body.edge.survivesLossOfAnyProvider).toBe(false);
  });

  it('answers no posture for a component without an entry point', async () => {
    const plain = shop();
    plain.metadata.annotations = {};
    const { server } = await start([plain]);
    const res = await request(server).get(
      '/api/sovereign-cloud/edge/component/default/shop-web',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: 'component:default/shop-web',
      clusters: [],
      entries: [],
      problems: [],
    });
  });

  it('lists clusters the caller cannot see as problems, not as backends', async () => {
    const catalog = new VisibilityCatalog([
      liveCluster('ionos-fra', 'ionos', 'de/fra'),
      liveCluster('scaleway-par', 'scaleway', 'fr-par'),
      clusterEntity('hetzner-fsn', { provider: 'hetzner', location: 'fsn1' }),
      shop(),
    ]);
    catalog.hiddenFromOutsider.add('sovereigncluster:default/scaleway-par');
    const { server } = await start([], { catalog });
    const res = await request(server)
      .get('/api/sovereign-cloud/edge/component/default/shop-web')
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(res.body.clusters.map((c: any) => c.name)).toEqual([
      'ionos-fra',
      'hetzner-fsn',
    ]);
    expect(res.body.problems).toEqual([
      'sovereigncluster:default/scaleway-par: no SovereignCluster in the catalog that you can see',
    ]);
  });

  it('refuses without sovereign-cloud.posture.read, and other kinds', async () => {
    const denied = await start([shop()], {
      services: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const res = await request(denied.server).get(
      '/api/sovereign-cloud/edge/component/default/shop-web',
    );
    expect(res.status).toBe(403);

    const { server } = await start([shop()]);
    const wrongKind = await request(server).get(
      '/api/sovereign-cloud/edge/sovereigncluster/default/ionos-fra',
    );
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.message).toBe(
      'kind: must be component, got "sovereigncluster"',
    );
  });
});
