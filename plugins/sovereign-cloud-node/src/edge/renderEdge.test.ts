import type { KubernetesObject } from '../kubernetes/types';
import { renderEdge } from './renderEdge';
import {
  anycastEdge,
  externalDnsEdge,
  k8gbEdge,
  placedFrontendOnPrivateSites,
  placedLedger,
} from './testEdge';

const kindsOf = (objects: KubernetesObject[]) =>
  objects.map(o => `${o.kind}/${o.metadata.name}`);
const one = (objects: KubernetesObject[], kind: string) =>
  objects.find(o => o.kind === kind) as any;

function allObjects(edge: ReturnType<typeof renderEdge>) {
  return edge.clusters.flatMap(c => [...c.objects, c.clusterIssuer]);
}

describe('renderEdge', () => {
  it('k8gb: Gateway, HTTPRoute, Certificate and Gslb in each of the three clusters', () => {
    const { fleet, rendered } = placedLedger();
    const edge = renderEdge(k8gbEdge(), rendered, fleet);
    expect(edge.strategy).toBe('k8gb');
    expect(edge.clusters.map(c => [c.cluster, c.provider])).toEqual([
      ['hetzner-fsn1', 'hetzner'],
      ['ionos-txl-prod', 'ionos'],
      ['scw-par1-prod', 'scaleway'],
    ]);
    for (const c of edge.clusters) {
      expect(kindsOf(c.objects)).toEqual([
        'Gateway/ledger-edge',
        'HTTPRoute/ledger',
        'Certificate/ledger-edge',
        'Gslb/ledger-edge',
      ]);
      const gateway = one(c.objects, 'Gateway');
      expect(gateway.spec.gatewayClassName).toBe('cilium');
      expect(gateway.spec.addresses).toBeUndefined();
      expect(gateway.spec.listeners.map((l: any) => [l.name, l.port])).toEqual([
        ['https', 443],
        ['http', 80],
      ]);
      const route = one(c.objects, 'HTTPRoute');
      expect(route.spec.hostnames).toEqual(['ledger.payments.example.eu']);
      expect(route.spec.rules).toEqual([
        {
          matches: [
            { path: { type: 'PathPrefix', value: '/api' } },
            { path: { type: 'PathPrefix', value: '/healthz' } },
          ],
          // The ledger's "http" port: container 8080 behind Service port 80.
          backendRefs: [
            { group: '', kind: 'Service', name: 'ledger', port: 80 },
          ],
        },
      ]);
      expect(gateway.spec.infrastructure).toEqual({
        labels: { 'sovereign-cloud.io/edge-gateway': 'payments.ledger-edge' },
      });
      const gslb = one(c.objects, 'Gslb');
      expect(gslb.metadata.annotations).toEqual({
        'k8gb.io/hostname': 'ledger.payments.example.eu',
      });
      expect(gslb.spec).toEqual({
        resourceRef: {
          apiVersion: 'v1',
          kind: 'Service',
          matchLabels: {
            'sovereign-cloud.io/edge-gateway': 'payments.ledger-edge',
          },
        },
        strategy: { type: 'roundRobin', dnsTtlSeconds: 30 },
      });
    }
  });

  it('k8gb failover carries the primary geo tag', () => {
    const { fleet, rendered } = placedLedger();
    const edge = renderEdge(
      k8gbEdge({ type: 'failover', primaryGeoTag: 'eu-fr-par' }),
      rendered,
      fleet,
    );
    for (const c of edge.clusters) {
      expect(one(c.objects, 'Gslb').spec.strategy).toEqual({
        type: 'failover',
        primaryGeoTag: 'eu-fr-par',
        dnsTtlSeconds: 30,
      });
    }
  });

  it('ACME over HTTP-01: one ClusterIssuer per cluster answering through the Gateway', () => {
    const { fleet, rendered } = placedLedger();
    const edge = renderEdge(k8gbEdge(), rendered, fleet);
    for (const c of edge.clusters) {
      expect(c.objects.some(o => o.kind === 'ClusterIssuer')).toBe(false);
      expect(c.clusterIssuer).toMatchObject({
        kind: 'ClusterIssuer',
        metadata: { name: 'payments-ledger-edge' },
        spec: {
          acme: {
            server: 'https://acme-api.actalis.com/acme/directory',
            privateKeySecretRef: { name: 'payments-ledger-edge-account-key' },
            solvers: [
              {
                http01: {
                  gatewayHTTPRoute: {
                    parentRefs: [
                      {
                        kind: 'Gateway',
                        name: 'ledger-edge',
                        namespace: 'payments',
                        sectionName: 'http',
                      },
                    ],
                  },
                },
                selector: { dnsNames: ['ledger.payments.example.eu'] },
              },
            ],
          },
        },
      });
      expect(one(c.objects, 'Certificate').spec).toMatchObject({
        secretName: 'ledger-edge-tls',
        issuerRef: { kind: 'ClusterIssuer', name: 'payments-ledger-edge' },
      });
    }
  });

  it('external-dns: GRPCRoute and one health-checked A record per cluster on the Gateway address', () => {
    const { fleet, rendered } = placedLedger();
    const edge = renderEdge(externalDnsEdge(), rendered, fleet);
    expect(
      edge.clusters.map(c => {
        const endpoint = one(c.objects, 'DNSEndpoint').spec.endpoints[0];
        return [
          c.cluster,
          one(c.objects, 'Gateway').spec.addresses[0].value,
          endpoint.targets[0],
          endpoint.setIdentifier,
          endpoint.providerSpecific[0].value,
        ];
      }),
    ).toEqual([
      [
        'hetzner-fsn1',
        '198.51.100.10',
        '198.51.100.10',
        'hetzner-fsn1',
        'hc-fsn',
      ],
      [
        'ionos-txl-prod',
        '198.51.100.20',
        '198.51.100.20',
        'ionos-txl-prod',
        'hc-txl',
      ],
      [
        'scw-par1-prod',
        '198.51.100.30',
        '198.51.100.30',
        'scw-par1-prod',
        'hc-par',
      ],
    ]);
    const [first] = edge.clusters;
    expect(kindsOf(first.objects)).toEqual([
      'Gateway/ledger-edge',
      'GRPCRoute/ledger',
      'Certificate/ledger-edge',
      'NetworkPolicy/ledger-edge',
      'DNSEndpoint/ledger-edge',
    ]);
    // The proxies run in their own namespace; only they reach the pod port.
    expect(one(first.objects, 'NetworkPolicy').spec).toEqual({
      podSelector: {
        matchLabels: {
          'app.kubernetes.io/name': 'ledger',
          'app.kubernetes.io/instance': 'payments-ledger',
        },
      },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchLabels: {
                  'kubernetes.io/metadata.name': 'envoy-gateway-system',
                },
              },
              podSelector: {
                matchLabels: { 'app.kubernetes.io/name': 'envoy' },
              },
            },
          ],
          ports: [{ port: 8080, protocol: 'TCP' }],
        },
      ],
    });
    expect(one(first.objects, 'Gateway').spec.listeners).toHaveLength(1);
    expect(one(first.objects, 'DNSEndpoint').spec.endpoints[0]).toMatchObject({
      dnsName: 'ledger-grpc.payments.example.eu',
      recordType: 'A',
      recordTTL: 60,
    });
    expect(first.clusterIssuer.spec).toMatchObject({
      acme: {
        solvers: [
          {
            dns01: {
              rfc2136: {
                nameserver: 'ns1.example.eu:53',
                tsigSecretSecretRef: { name: 'acme-tsig', key: 'secret' },
              },
            },
          },
        ],
      },
    });
    expect(first.clusterIssuer.metadata.name).toBe('harica-dns01');
  });

  it('anycast: the same address announced at every private site to its own BGP peers', () => {
    const { fleet, providers, rendered } = placedFrontendOnPrivateSites();
    const edge = renderEdge(anycastEdge(), rendered, fleet, { providers });
    expect(edge.clusters.map(c => c.cluster)).toEqual([
      'dc-ams',
      'dc-fra',
      'edge-muc',
    ]);
    const bySite = Object.fromEntries(
      edge.clusters.map(c => [c.cluster, c.objects]),
    );
    expect(kindsOf(bySite['dc-fra'])).toEqual([
      'Gateway/frontend-edge',
      'HTTPRoute/frontend',
      'Certificate/frontend-edge',
      'IPAddressPool/shop-frontend-anycast',
      'BGPPeer/shop-frontend-anycast-peer-1',
      'BGPPeer/shop-frontend-anycast-peer-2',
      'BGPAdvertisement/shop-frontend-anycast',
    ]);
    for (const c of edge.clusters) {
      expect(one(c.objects, 'Gateway').spec.addresses).toEqual([
        { type: 'IPAddress', value: '203.0.113.7' },
      ]);
      expect(one(c.objects, 'IPAddressPool').spec).toEqual({
        addresses: ['203.0.113.7/32'],
        autoAssign: false,
      });
      expect(one(c.objects, 'BGPAdvertisement').spec.communities).toEqual([
        '65010:100',
      ]);
      expect(c.clusterIssuer.spec).toEqual({
        ca: { secretName: 'internal-ca' },
      });
    }
    const peers = (site: string) =>
      bySite[site]
        .filter(o => o.kind === 'BGPPeer')
        .map((p: any) => [
          p.spec.myASN,
          p.spec.peerASN,
          p.spec.peerAddress,
          p.spec.passwordSecret?.name,
        ]);
    expect(peers('dc-fra')).toEqual([
      [65010, 65001, '10.1.0.1', 'bgp-fra'],
      [65010, 65001, '10.1.0.2', 'bgp-fra'],
    ]);
    expect(peers('edge-muc')).toEqual([[65012, 65003, '10.3.0.1', undefined]]);
  });

  it('refuses anycast from clusters at public clouds, naming the cluster', () => {
    const { fleet, rendered } = placedLedger();
    const edge = anycastEdge() as any;
    edge.globalEntry.sites = {
      'hetzner-fsn1': edge.globalEntry.sites['dc-fra'],
    };
    expect(() => renderEdge(edge, rendered, fleet)).toThrow(
      /^edge\.globalEntry\.strategy: anycast needs every cluster at a private data centre or edge site, but cluster "hetzner-fsn1" runs at provider "hetzner" \(type public-cloud\)/,
    );
  });

  it('refuses anycast from a provider missing in the catalogue', () => {
    const { fleet, rendered } = placedFrontendOnPrivateSites();
    expect(() => renderEdge(anycastEdge(), rendered, fleet)).toThrow(
      /cluster "dc-ams" runs at provider "example-dc-ams" \(not in the provider catalogue\)/,
    );
  });

  it.each([
    [
      'k8gb geo tag',
      k8gbEdge,
      (e: any) => delete e.globalEntry.geoTags['scw-par1-prod'],
      /^edge\.globalEntry\.geoTags\.scw-par1-prod: missing for cluster "scw-par1-prod", which the placement chose/,
    ],
    [
      'DNS record',
      externalDnsEdge,
      (e: any) => delete e.globalEntry.sites['ionos-txl-prod'],
      /^edge\.globalEntry\.sites\.ionos-txl-prod: missing for cluster/,
    ],
    [
      'port',
      k8gbEdge,
      (e: any) => (e.port = 'grpc'),
      /^edge\.port: workload "ledger" has no port "grpc" \(ports: http, metrics\)/,
    ],
  ])(
    'names the field of a chosen cluster or port: %s',
    (_label, make, mutate, message) => {
      const { fleet, rendered } = placedLedger();
      const edge = make();
      mutate(edge);
      expect(() => renderEdge(edge, rendered, fleet)).toThrow(message);
    },
  );

  it('renders no key material: no Secret objects, secrets only by name', () => {
    const { fleet, rendered } = placedLedger();
    const privateSites = placedFrontendOnPrivateSites();
    const objects = [
      ...allObjects(renderEdge(k8gbEdge(), rendered, fleet)),
      ...allObjects(renderEdge(externalDnsEdge(), rendered, fleet)),
      ...allObjects(
        renderEdge(anycastEdge(), privateSites.rendered, privateSites.fleet, {
          providers: privateSites.providers,
        }),
      ),
    ];
    expect(objects.filter(o => o.kind === 'Secret')).toEqual([]);
    const text = JSON.stringify(objects);
    expect(text).not.toMatch(
      /BEGIN [A-Z ]*PRIVATE KEY|"password"|"tsigSecret"|"data"|"stringData"/,
    );
    // Every reference to a Secret holds a name (and key or namespace), never a value.
    const refs: unknown[] = [];
    JSON.parse(text, (key, value) => {
      if (/secret/i.test(key) && typeof value === 'object') refs.push(value);
      return value;
    });
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(Object.keys(ref as object).sort()).toEqual(
        expect.arrayContaining(['name']),
      );
      expect(
        Object.keys(ref as object).every(k =>
          ['name', 'key', 'namespace'].includes(k),
        ),
      ).toBe(true);
    }
  });

  it('is pure: the same input renders the same objects', () => {
    const { fleet, rendered } = placedLedger();
    expect(renderEdge(k8gbEdge(), rendered, fleet)).toEqual(
      renderEdge(k8gbEdge(), rendered, fleet),
    );
  });
});
