import { parseEdgeRequest } from './edgeRequest';
import { anycastEdge, externalDnsEdge, k8gbEdge } from './testEdge';

type Mutation = (edge: any) => void;

describe('parseEdgeRequest', () => {
  it('applies the defaults: http, TTLs, TSIG algorithm, MetalLB namespace, no communities', () => {
    const k8gb = parseEdgeRequest(k8gbEdge());
    expect(k8gb.protocol).toBe('http');
    expect(k8gb.globalEntry).toMatchObject({ dnsTtlSeconds: 30 });
    const dns = parseEdgeRequest(externalDnsEdge()) as any;
    expect(dns.globalEntry.recordTtlSeconds).toBe(60);
    expect(dns.tls.issuer.solver.rfc2136.tsigAlgorithm).toBe('HMACSHA512');
    const anycast = anycastEdge() as any;
    delete anycast.globalEntry.communities;
    expect(parseEdgeRequest(anycast).globalEntry).toMatchObject({
      metallbNamespace: 'metallb-system',
      communities: [],
    });
  });

  it.each<[string, () => unknown, Mutation, RegExp]>([
    [
      'hostname',
      k8gbEdge,
      e => (e.hostname = '*.example.eu'),
      /^edge\.hostname: must be a fully qualified/,
    ],
    ['protocol', k8gbEdge, e => (e.protocol = 'tcp'), /^edge\.protocol: /],
    [
      'paths',
      k8gbEdge,
      e => (e.paths = ['api']),
      /^edge\.paths\[0\]: must be an absolute path/,
    ],
    [
      'paths with grpc',
      externalDnsEdge,
      e => (e.paths = ['/']),
      /^edge\.paths: is for http only/,
    ],
    [
      'gatewayClassName',
      k8gbEdge,
      e => delete e.gatewayClassName,
      /^edge\.gatewayClassName: /,
    ],
    [
      'gateway data plane',
      externalDnsEdge,
      e => (e.gatewayDataPlane.namespace = 'Envoy Gateway'),
      /^edge\.gatewayDataPlane\.namespace: must be a namespace name/,
    ],
    [
      'ACME outside the EU',
      k8gbEdge,
      e =>
        (e.tls.issuer.server =
          'https://acme-v02.api.letsencrypt.org/directory'),
      /^edge\.tls\.issuer\.server: is run by Let's Encrypt \(ISRG, US\), outside the EU\/EEA/,
    ],
    [
      'ACME over http',
      k8gbEdge,
      e => (e.tls.issuer.server = 'http://acme.example.eu/directory'),
      /^edge\.tls\.issuer\.server: must be an https:\/\/ URL/,
    ],
    [
      'ACME operator country',
      k8gbEdge,
      e => (e.tls.issuer.operatorCountry = 'US'),
      /^edge\.tls\.issuer\.operatorCountry: must be an EU\/EEA country code/,
    ],
    [
      'ACME email',
      k8gbEdge,
      e => (e.tls.issuer.email = 'platform'),
      /^edge\.tls\.issuer\.email: must be an e-mail address/,
    ],
    [
      'solver type',
      k8gbEdge,
      e => (e.tls.issuer.solver = { type: 'tls-alpn01' }),
      /^edge\.tls\.issuer\.solver(\.type)?: type must be "http01" or "dns01"/,
    ],
    [
      'inline TSIG key',
      externalDnsEdge,
      e => (e.tls.issuer.solver.rfc2136.tsigSecret = 'c2VjcmV0'),
      /^edge\.tls\.issuer\.solver\.rfc2136: Unrecognized key: "tsigSecret"/,
    ],
    [
      'issuer kind',
      k8gbEdge,
      e => (e.tls.issuer = { kind: 'vault' }),
      /^edge\.tls\.issuer(\.kind)?: kind must be "acme" or "ca"/,
    ],
    [
      'CA Secret name',
      anycastEdge,
      e => (e.tls.issuer.secretName = 'Internal_CA'),
      /^edge\.tls\.issuer\.secretName: must be a lowercase RFC 1123/,
    ],
    [
      'strategy',
      k8gbEdge,
      e => (e.globalEntry.strategy = 'cloudflare'),
      /^edge\.globalEntry(\.strategy)?: strategy must be "k8gb", "external-dns" or "anycast"/,
    ],
    [
      'k8gb type',
      k8gbEdge,
      e => (e.globalEntry.type = 'weighted'),
      /^edge\.globalEntry\.type: /,
    ],
    [
      'failover without primary',
      () => k8gbEdge({ type: 'failover' }),
      () => undefined,
      /^edge\.globalEntry\.primaryGeoTag: is required for the failover strategy/,
    ],
    [
      'primary of another strategy',
      () => k8gbEdge({ primaryGeoTag: 'eu-de-fsn' }),
      () => undefined,
      /^edge\.globalEntry\.primaryGeoTag: is only valid for failover, not roundRobin/,
    ],
    [
      'unknown primary geo',
      () => k8gbEdge({ type: 'failover', primaryGeoTag: 'us-east' }),
      () => undefined,
      /^edge\.globalEntry\.primaryGeoTag: "us-east" is not the geo tag of any cluster/,
    ],
    [
      'DNS providers',
      k8gbEdge,
      e => (e.globalEntry.dns.providers = []),
      /^edge\.globalEntry\.dns\.providers: /,
    ],
    [
      'record address',
      externalDnsEdge,
      e => (e.globalEntry.sites['hetzner-fsn1'].address = '198.51.100'),
      /^edge\.globalEntry\.sites\.hetzner-fsn1\.address: must be an IPv4 address/,
    ],
    [
      'health check',
      externalDnsEdge,
      e => (e.globalEntry.sites['ionos-txl-prod'].healthCheck = []),
      /^edge\.globalEntry\.sites\.ionos-txl-prod\.healthCheck: must configure the health check/,
    ],
    [
      'anycast address',
      anycastEdge,
      e => (e.globalEntry.address = '203.0.113.7/24'),
      /^edge\.globalEntry\.address: must be an IPv4 address/,
    ],
    [
      'ASN',
      anycastEdge,
      e => (e.globalEntry.sites['dc-ams'].myASN = 0),
      /^edge\.globalEntry\.sites\.dc-ams\.myASN: /,
    ],
    [
      'peer address',
      anycastEdge,
      e => (e.globalEntry.sites['dc-fra'].peers[1].address = 'router-2'),
      /^edge\.globalEntry\.sites\.dc-fra\.peers\[1\]\.address: must be an IPv4 or IPv6 address/,
    ],
    [
      'inline BGP password',
      anycastEdge,
      e => (e.globalEntry.sites['dc-fra'].peers[0].password = 'hunter2'),
      /^edge\.globalEntry\.sites\.dc-fra\.peers\[0\]: Unrecognized key: "password"/,
    ],
    [
      'community',
      anycastEdge,
      e => (e.globalEntry.communities = ['no-export']),
      /^edge\.globalEntry\.communities\[0\]: must be a BGP community/,
    ],
  ])('names the field: %s', (_label, make, mutate, message) => {
    const edge = make();
    mutate(edge);
    expect(() => parseEdgeRequest(edge)).toThrow(message);
  });

  it('never echoes a rejected secret value in the error', () => {
    const edge = anycastEdge() as any;
    edge.globalEntry.sites['dc-fra'].peers[0].password = 'hunter2';
    expect(() => parseEdgeRequest(edge)).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('hunter2'),
      }),
    );
  });
});
