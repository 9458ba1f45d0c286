import {
  type CloudProviderEntity,
  type PlacementClusterInput,
  defaultCloudProviders,
  planPlacement,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderWorkload } from '../workloads/renderWorkload';
import {
  frontendWorkload,
  ledgerWorkload,
  testClusterEntity,
  testFleet,
} from '../workloads/testFleet';
import type { EdgeRequestInput } from './edgeRequest';

/** The ledger placed on Hetzner, IONOS and Scaleway (test helper). */
export function placedLedger() {
  const fleet = testFleet();
  const workload = ledgerWorkload();
  return {
    fleet,
    rendered: renderWorkload(workload, planPlacement(workload, fleet), fleet),
  };
}

const acmeHttp01 = () =>
  ({
    issuer: {
      kind: 'acme',
      server: 'https://acme-api.actalis.com/acme/directory',
      operatorCountry: 'IT',
      email: 'platform@example.eu',
      solver: { type: 'http01' },
    },
  } as const);

/** Edge of the ledger with DNS-based global load balancing by k8gb. */
export function k8gbEdge(
  entry: Partial<
    Extract<EdgeRequestInput['globalEntry'], { strategy: 'k8gb' }>
  > = {},
): EdgeRequestInput {
  return {
    hostname: 'ledger.payments.example.eu',
    port: 'http',
    paths: ['/api', '/healthz'],
    gatewayClassName: 'cilium',
    tls: acmeHttp01(),
    globalEntry: {
      strategy: 'k8gb',
      type: 'roundRobin',
      geoTags: {
        'hetzner-fsn1': 'eu-de-fsn',
        'ionos-txl-prod': 'eu-de-ber',
        'scw-par1-prod': 'eu-fr-par',
      },
      dns: { service: 'PowerDNS', providers: ['hetzner', 'scaleway'] },
      ...entry,
    },
  };
}

/** Edge of the ledger over gRPC with external-dns records and a DNS-01 solver. */
export function externalDnsEdge(): EdgeRequestInput {
  const healthCheck = (id: string) => [{ name: 'health-check-id', value: id }];
  return {
    hostname: 'ledger-grpc.payments.example.eu',
    protocol: 'grpc',
    gatewayClassName: 'envoy-gateway',
    gatewayDataPlane: {
      namespace: 'envoy-gateway-system',
      podLabels: { 'app.kubernetes.io/name': 'envoy' },
    },
    tls: {
      issuer: {
        kind: 'acme',
        name: 'harica-dns01',
        server: 'https://acme.harica.gr/acme/directory',
        operatorCountry: 'GR',
        email: 'platform@example.eu',
        solver: {
          type: 'dns01',
          rfc2136: {
            nameserver: 'ns1.example.eu:53',
            tsigKeyName: 'acme-update',
            tsigSecretRef: { name: 'acme-tsig', key: 'secret' },
          },
        },
      },
    },
    globalEntry: {
      strategy: 'external-dns',
      sites: {
        'hetzner-fsn1': {
          address: '198.51.100.10',
          healthCheck: healthCheck('hc-fsn'),
        },
        'ionos-txl-prod': {
          address: '198.51.100.20',
          healthCheck: healthCheck('hc-txl'),
        },
        'scw-par1-prod': {
          address: '198.51.100.30',
          healthCheck: healthCheck('hc-par'),
        },
      },
      dns: { service: 'Hetzner DNS', providers: ['hetzner'] },
    },
  };
}

/** Three sites the operator runs itself: two data centres and an edge site. */
export function privateSites(): {
  fleet: PlacementClusterInput[];
  providers: CloudProviderEntity[];
} {
  const catalogue = defaultCloudProviders();
  const template = catalogue.find(p => p.metadata.name === 'private-dc')!;
  const sites = [
    {
      name: 'dc-fra',
      provider: 'example-dc-fra',
      location: 'fra',
      country: 'DE',
    },
    {
      name: 'dc-ams',
      provider: 'example-dc-ams',
      location: 'ams',
      country: 'NL',
    },
    {
      name: 'edge-muc',
      provider: 'example-edge-muc',
      location: 'muc',
      country: 'DE',
    },
  ];
  const providers = [
    ...catalogue,
    ...sites.map(s => ({
      ...JSON.parse(JSON.stringify(template)),
      metadata: { ...template.metadata, name: s.provider },
    })),
  ];
  const fleet = sites.map(s => ({
    entity: testClusterEntity({ ...s, storage: undefined }),
    seal: 'SEAL-3' as const,
    countries: [s.country],
  }));
  return { fleet, providers };
}

/** The stateless frontend on the three private sites. */
export function placedFrontendOnPrivateSites() {
  const { fleet, providers } = privateSites();
  const workload = { ...frontendWorkload(), replicas: 3 };
  return {
    fleet,
    providers,
    rendered: renderWorkload(workload, planPlacement(workload, fleet), fleet),
  };
}

/** Anycast edge of the frontend announced from every private site, internal CA. */
export function anycastEdge(): EdgeRequestInput {
  return {
    hostname: 'shop.example.eu',
    gatewayClassName: 'cilium',
    tls: { issuer: { kind: 'ca', secretName: 'internal-ca' } },
    globalEntry: {
      strategy: 'anycast',
      address: '203.0.113.7',
      communities: ['65010:100'],
      sites: {
        'dc-fra': {
          myASN: 65010,
          peers: [
            { address: '10.1.0.1', asn: 65001, passwordSecret: 'bgp-fra' },
            { address: '10.1.0.2', asn: 65001, passwordSecret: 'bgp-fra' },
          ],
        },
        'dc-ams': {
          myASN: 65011,
          peers: [{ address: '10.2.0.1', asn: 65002 }],
        },
        'edge-muc': {
          myASN: 65012,
          peers: [{ address: '10.3.0.1', asn: 65003 }],
        },
      },
    },
  };
}
