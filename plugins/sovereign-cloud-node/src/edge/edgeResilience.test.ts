import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderWorkload } from '../workloads/renderWorkload';
import { frontendWorkload, testClusterEntity } from '../workloads/testFleet';
import { edgeResilience } from './edgeResilience';
import {
  anycastEdge,
  externalDnsEdge,
  k8gbEdge,
  placedFrontendOnPrivateSites,
  placedLedger,
} from './testEdge';

const outcomes = (result: ReturnType<typeof edgeResilience>) =>
  result.map(r => [r.provider, r.outcome]);

/** The frontend on two Hetzner clusters only. */
function singleProviderFrontend() {
  const fleet = ['fsn1', 'nbg1'].map(location => ({
    entity: testClusterEntity({
      name: `hz-${location}`,
      provider: 'hetzner',
      location,
      country: 'DE',
    }),
    seal: 'SEAL-3' as const,
    countries: ['DE'],
  }));
  const workload = frontendWorkload();
  return renderWorkload(workload, planPlacement(workload, fleet), fleet);
}

describe('edgeResilience', () => {
  it('spread over three providers: keeps serving, degrades where a DNS server is lost', () => {
    const { rendered } = placedLedger();
    const result = edgeResilience(k8gbEdge(), rendered);
    expect(outcomes(result)).toEqual([
      ['hetzner', 'degrades'],
      ['ionos', 'keeps-serving'],
      ['scaleway', 'degrades'],
    ]);
    expect(result[1]).toEqual({
      provider: 'ionos',
      outcome: 'keeps-serving',
      reason:
        '2 clusters at hetzner, scaleway remain behind ledger.payments.example.eu (hetzner-fsn1, scw-par1-prod)',
      remainingClusters: ['hetzner-fsn1', 'scw-par1-prod'],
    });
    expect(result[0].reason).toBe(
      'ledger.payments.example.eu is still served; PowerDNS answers only from scaleway',
    );
  });

  it('fails at the provider that runs the only DNS for the name, even with clusters elsewhere', () => {
    const { rendered } = placedLedger();
    const result = edgeResilience(externalDnsEdge(), rendered);
    expect(outcomes(result)).toEqual([
      ['hetzner', 'fails'],
      ['ionos', 'keeps-serving'],
      ['scaleway', 'keeps-serving'],
    ]);
    expect(result[0].reason).toBe(
      'the authoritative DNS for ledger-grpc.payments.example.eu (Hetzner DNS) runs only at hetzner',
    );
    expect(result[0].remainingClusters).toEqual([
      'ionos-txl-prod',
      'scw-par1-prod',
    ]);
  });

  it('reports the DNS provider even when no cluster runs there', () => {
    const { rendered } = placedLedger();
    const edge = k8gbEdge({ dns: { service: 'deSEC', providers: ['desec'] } });
    expect(outcomes(edgeResilience(edge, rendered))).toEqual([
      ['desec', 'fails'],
      ['hetzner', 'keeps-serving'],
      ['ionos', 'keeps-serving'],
      ['scaleway', 'keeps-serving'],
    ]);
  });

  it('degrades when k8gb fails over off the primary geo', () => {
    const { rendered } = placedLedger();
    const edge = k8gbEdge({
      type: 'failover',
      primaryGeoTag: 'eu-de-ber',
      dns: { service: 'deSEC', providers: ['desec'] },
    });
    const ionos = edgeResilience(edge, rendered).find(
      r => r.provider === 'ionos',
    )!;
    expect(ionos.outcome).toBe('degrades');
    expect(ionos.reason).toContain(
      'k8gb fails over from primary geo eu-de-ber to eu-de-fsn, eu-fr-par',
    );
  });

  it('degrades below the replicas the workload must keep after a provider loss', () => {
    const { rendered } = placedLedger();
    // The ledger has 2 replicas per cluster and requires 5 after a loss.
    rendered.workload.sovereignty!.survivesProviderLoss = { minReplicas: 5 };
    const result = edgeResilience(
      k8gbEdge({ dns: { service: 'deSEC', providers: ['desec'] } }),
      rendered,
    );
    expect(result.find(r => r.provider === 'ionos')).toMatchObject({
      outcome: 'degrades',
      reason: expect.stringContaining(
        '4 replicas remain, fewer than the 5 the workload requires after a provider loss',
      ),
    });
  });

  it('anycast from three private sites keeps serving when any one is lost', () => {
    const { rendered } = placedFrontendOnPrivateSites();
    expect(outcomes(edgeResilience(anycastEdge(), rendered))).toEqual([
      ['example-dc-ams', 'keeps-serving'],
      ['example-dc-fra', 'keeps-serving'],
      ['example-edge-muc', 'keeps-serving'],
    ]);
  });

  it('single-provider placement: losing that provider fails the entry', () => {
    const rendered = singleProviderFrontend();
    expect(rendered.clusters.map(c => c.provider)).toEqual([
      'hetzner',
      'hetzner',
    ]);
    const edge = k8gbEdge({
      geoTags: { 'hz-fsn1': 'fsn', 'hz-nbg1': 'nbg' },
      dns: { service: 'deSEC', providers: ['desec'] },
    }) as any;
    edge.port = undefined;
    delete edge.paths;
    const result = edgeResilience(edge, rendered);
    expect(result.find(r => r.provider === 'hetzner')).toEqual({
      provider: 'hetzner',
      outcome: 'fails',
      reason: 'every cluster behind ledger.payments.example.eu is at hetzner',
      remainingClusters: [],
    });
  });

  it('two providers: losing either leaves one cluster and no redundancy', () => {
    const { rendered } = placedLedger();
    rendered.clusters = rendered.clusters.slice(0, 2);
    const result = edgeResilience(
      k8gbEdge({ dns: { service: 'deSEC', providers: ['desec'] } }),
      rendered,
    );
    expect(result.find(r => r.provider === 'hetzner')).toMatchObject({
      outcome: 'degrades',
      reason: expect.stringContaining(
        'only ionos-txl-prod is left: no redundancy',
      ),
    });
  });
});
