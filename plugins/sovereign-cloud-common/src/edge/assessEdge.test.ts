import { Entity } from '@backstage/catalog-model';
import { providerFactsFromCatalogue } from '../posture/providerFactsFromCatalogue';
import { defaultCloudProviders } from '../providers';
import { assessEdge, EdgeCluster } from './assessEdge';
import { componentEdgeOf, EDGE_ANNOTATIONS } from './componentEdge';

const providers = defaultCloudProviders().map(p =>
  providerFactsFromCatalogue(p),
);

function component(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-web', annotations },
    spec: { type: 'website', owner: 'team', lifecycle: 'production' },
  };
}

const cluster = (
  name: string,
  provider: string,
  extra: Partial<EdgeCluster> = {},
): EdgeCluster => ({
  entityRef: `sovereigncluster:default/${name}`,
  name,
  provider,
  providers: [provider],
  countries: ['DE'],
  replicas: 2,
  ...extra,
});

const k8gb = {
  [EDGE_ANNOTATIONS.hostname]: 'shop.example.eu',
  [EDGE_ANNOTATIONS.strategy]: 'k8gb',
  [EDGE_ANNOTATIONS.dnsService]: 'PowerDNS',
  [EDGE_ANNOTATIONS.dnsProviders]: 'ionos, hetzner',
  [EDGE_ANNOTATIONS.tlsIssuer]: 'acme',
  [EDGE_ANNOTATIONS.tlsIssuerCountry]: 'IT',
};

function assess(annotations: Record<string, string>, clusters: EdgeCluster[]) {
  const { edge, problems } = componentEdgeOf(component(annotations));
  return assessEdge({ edge: edge!, clusters, providers, problems });
}

describe('componentEdgeOf', () => {
  it('reads the entry point a component declares', () => {
    expect(componentEdgeOf(component(k8gb))).toEqual({
      edge: {
        hostnames: ['shop.example.eu'],
        strategy: 'k8gb',
        dns: { service: 'PowerDNS', providers: ['ionos', 'hetzner'] },
        tls: { issuer: 'acme', issuerCountry: 'IT' },
      },
      problems: [],
    });
  });

  it('has no edge without a hostname', () => {
    expect(componentEdgeOf(component({}))).toEqual({ problems: [] });
  });

  it('names the annotation and the reason for bad values, without throwing', () => {
    const { edge, problems } = componentEdgeOf(
      component({
        ...k8gb,
        [EDGE_ANNOTATIONS.hostname]: 'shop.example.eu, *.example.eu',
        [EDGE_ANNOTATIONS.tlsIssuer]: 'letsencrypt',
        [EDGE_ANNOTATIONS.tlsIssuerCountry]: 'italy',
      }),
    );
    expect(edge?.hostnames).toEqual(['shop.example.eu']);
    expect(problems).toEqual([
      'sovereign-cloud.io/edge-hostname: "*.example.eu" is not a fully qualified DNS name',
      'sovereign-cloud.io/edge-tls-issuer: must be acme or ca, got "letsencrypt"',
      'sovereign-cloud.io/edge-tls-issuer-country: must be an ISO 3166-1 alpha-2 code, got "italy"',
    ]);
    expect(
      componentEdgeOf(
        component({ ...k8gb, [EDGE_ANNOTATIONS.strategy]: 'bgp' }),
      ).problems,
    ).toEqual([
      'sovereign-cloud.io/edge-strategy: must be one of k8gb, external-dns, anycast, got "bgp"',
    ]);
  });
});

describe('assessEdge', () => {
  it('has no findings for an entry at EU providers with EU DNS that survives any provider loss', () => {
    const result = assess(k8gb, [
      cluster('ionos-fra', 'ionos', {
        secretsEncryption: { value: 'kms-v2-customer', provenance: 'declared' },
      }),
      cluster('scaleway-par', 'scaleway', { countries: ['FR'] }),
      cluster('hetzner-fsn', 'hetzner'),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.survivesLossOfAnyProvider).toBe(true);
    expect(result.entries[0].providerLoss.map(l => l.outcome)).toEqual([
      'degrades', // hetzner: one DNS server provider left
      'degrades', // ionos: likewise
      'keeps-serving',
    ]);
    expect(result.entries[0].tls.keysHeldAt).toHaveLength(3);
  });

  it('reports TLS keys held at a provider under non-EU control and weak Secret encryption', () => {
    const result = assess(k8gb, [
      cluster('aws-fra', 'aws', {
        secretsEncryption: {
          value: 'provider-default',
          provenance: 'declared',
        },
      }),
      cluster('ionos-fra', 'ionos'),
    ]);
    const tls = result.findings.find(f => f.criterionId === 'EDGE-TLS')!;
    expect(tls.severity).toBe('high');
    expect(tls.objective).toBe('SOV-3');
    expect(tls.detail).toContain(
      'the private key for shop.example.eu is held in aws-fra, which runs at aws under non-EU control',
    );
    expect(tls.detail).toContain(
      'aws-fra encrypts Secrets (the TLS key among them) with provider-default',
    );
  });

  it('reports DNS outside the EU, and DNS at a provider the catalogue does not know', () => {
    const result = assess(
      { ...k8gb, [EDGE_ANNOTATIONS.dnsProviders]: 'aws, desec' },
      [cluster('ionos-fra', 'ionos'), cluster('hetzner-fsn', 'hetzner')],
    );
    const dns = result.findings.find(f => f.criterionId === 'EDGE-DNS')!;
    expect(dns.severity).toBe('high');
    expect(dns.detail).toContain(
      'PowerDNS at aws answers for shop.example.eu under non-EU control',
    );
    expect(dns.detail).toContain(
      'PowerDNS runs at desec, which is not in the provider catalogue',
    );
    expect(dns.evidence.map(e => [e.name, e.provenance])).toEqual([
      ['provider:aws.controlJurisdiction', 'catalog'],
      ['provider:desec.controlJurisdiction', 'unknown'],
    ]);
  });

  it('an entry whose clusters all sit at one provider fails when that provider is lost', () => {
    const result = assess(k8gb, [
      cluster('hetzner-fsn', 'hetzner'),
      cluster('hetzner-nbg', 'hetzner'),
    ]);
    const entry = result.findings.find(f => f.criterionId === 'EDGE-ENTRY')!;
    expect(entry.severity).toBe('high');
    expect(entry.detail).toContain(
      'losing hetzner takes the entry down: every cluster behind shop.example.eu is at hetzner',
    );
    expect(result.survivesLossOfAnyProvider).toBe(false);
  });

  it('an entry whose DNS runs at one provider fails with it even when clusters are spread', () => {
    const result = assess(
      { ...k8gb, [EDGE_ANNOTATIONS.dnsProviders]: 'ionos' },
      [cluster('ionos-fra', 'ionos'), cluster('hetzner-fsn', 'hetzner')],
    );
    expect(
      result.entries[0].providerLoss.find(l => l.provider === 'ionos'),
    ).toMatchObject({
      outcome: 'fails',
      reason:
        'the authoritative DNS for shop.example.eu (PowerDNS) runs only at ionos',
    });
  });

  it('asks for the DNS and issuer to be declared when they are not', () => {
    const result = assess(
      {
        [EDGE_ANNOTATIONS.hostname]: 'api.example.eu',
        [EDGE_ANNOTATIONS.strategy]: 'anycast',
      },
      [
        cluster('dc-fra', 'private-dc'),
        cluster('dc-ams', 'private-dc', { anycastSite: true }),
      ],
    );
    expect(result.findings.map(f => [f.criterionId, f.severity])).toEqual([
      ['EDGE-TLS', 'low'],
      ['EDGE-DNS', 'medium'],
      ['EDGE-ENTRY', 'high'],
    ]);
  });

  it('anycast reaches only clusters that can announce the address', () => {
    const result = assess({ ...k8gb, [EDGE_ANNOTATIONS.strategy]: 'anycast' }, [
      cluster('dc-fra', 'private-dc'),
      cluster('ionos-fra', 'ionos', { anycastSite: false }),
    ]);
    expect(result.entries[0].clusters).toEqual([
      'sovereigncluster:default/dc-fra',
    ]);
  });
});
