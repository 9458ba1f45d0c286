import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createProviderCatalogue } from '../../catalogue/ProviderCatalogue';
import { SovereignClusterEntity } from '../../entities/SovereignCluster';
import { defaultCloudProviders } from '../../providers';
import { placedWorkloadOf, PlacedWorkload } from './placedWorkloadOf';
import { planProviderExit } from './planProviderExit';

const fleetDir = resolve(__dirname, '../../../../../examples/fleet');
const read = (file: string): Entity[] =>
  parseAllDocuments(readFileSync(resolve(fleetDir, file), 'utf8')).flatMap(
    d => [d.toJS()].flat().filter(Boolean) as Entity[],
  );

const entities = ['clusters.yaml', 'private-dc.yaml'].flatMap(read);
const catalogue = createProviderCatalogue([
  ...defaultCloudProviders(),
  ...(entities.filter(e => e.kind === 'CloudProvider') as any[]),
]);
const clusters = entities
  .filter(e => e.kind === 'SovereignCluster')
  .map(entity => ({ entity: entity as SovereignClusterEntity }));
const workloads = read('components.yaml')
  .filter(e => e.kind === 'Component')
  .map(placedWorkloadOf)
  .filter((w): w is PlacedWorkload => !!w);

const byName = (plan: ReturnType<typeof planProviderExit>, name: string) =>
  plan.workloads.find(w => w.name === name)!;

describe('planProviderExit on the example fleet', () => {
  it('moves the replicas a provider held to the remaining clusters, keeping the others', () => {
    const plan = planProviderExit('hetzner', workloads, clusters, {
      catalogue,
    });
    expect(plan.clustersLeft).toEqual([
      'sovereigncluster:default/hetzner-fsn-prod',
      'sovereigncluster:default/hetzner-hel-dr',
    ]);
    const payments = byName(plan, 'payments-api');
    expect(payments.status).toBe('moves');
    expect(payments.movingReplicas).toBe(2);
    // Six replicas before and after, none left on Hetzner, IONOS and Scaleway keep theirs.
    const total = (list: { replicas: number }[]) =>
      list.reduce((sum, a) => sum + a.replicas, 0);
    expect(total(payments.after)).toBe(6);
    expect(payments.after.every(a => a.provider !== 'hetzner')).toBe(true);
    for (const kept of ['ionos-fra-prod', 'scaleway-par-prod']) {
      expect(
        payments.after.find(a => a.cluster === kept)?.replicas,
      ).toBeGreaterThanOrEqual(2);
    }
    // Nothing of checkout-web ran on Hetzner.
    expect(byName(plan, 'checkout-web').status).toBe('unaffected');
    expect(plan.posture.after.clusters).toBe(plan.posture.before.clusters - 2);
    expect(plan.posture.after.providers).not.toContain('hetzner');
  });

  it('says why a workload cannot move: data that must stay in Austria', () => {
    const plan = planProviderExit('rhein-main-dc', workloads, clusters, {
      catalogue,
    });
    const retail = byName(plan, 'retail-pos-sync');
    expect(retail).toMatchObject({
      status: 'cannot-move',
      blocker: 'storage',
      after: [],
      movingReplicas: 4,
    });
    expect(retail.reason).toMatch(/DataResidency/);
    expect(
      plan.summary.unaffected + plan.summary.moves + plan.summary.cannotMove,
    ).toBe(workloads.length);
  });

  it('keeps a minimum SEAL: identity moves only to clusters that reach it', () => {
    const plan = planProviderExit('open-telekom-cloud', workloads, clusters, {
      catalogue,
    });
    const identity = byName(plan, 'identity-service');
    expect(identity.status).toBe('moves');
    expect(identity.after.map(a => a.provider)).not.toContain('aws');
    expect(identity.after.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    const a = planProviderExit('ionos', workloads, clusters, { catalogue });
    const b = planProviderExit(
      'ionos',
      [...workloads].reverse(),
      [...clusters].reverse(),
      {
        catalogue,
      },
    );
    const sorted = (p: typeof a) =>
      [...p.workloads].sort((x, y) => x.name.localeCompare(y.name));
    expect(sorted(b)).toEqual(sorted(a));
  });
});

describe('placedWorkloadOf', () => {
  it('reads where a component runs and what it needs from its annotations', () => {
    const payments = workloads.find(w => w.workload.name === 'payments-api')!;
    expect(payments.current).toEqual([
      { entityRef: 'sovereigncluster:default/hetzner-fsn-prod', replicas: 2 },
      { entityRef: 'sovereigncluster:default/ionos-fra-prod', replicas: 2 },
      { entityRef: 'sovereigncluster:default/scaleway-par-prod', replicas: 2 },
    ]);
    expect(payments.workload.sovereignty).toEqual({
      allowedJurisdictions: ['EU'],
      survivesProviderLoss: { minReplicas: 2 },
    });
  });

  it('reports a bad annotation by name and still plans the workload', () => {
    const placed = placedWorkloadOf({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'x',
        annotations: {
          'sovereign-cloud.io/cluster': 'a',
          'sovereign-cloud.io/replicas': 'many',
          'sovereign-cloud.io/volume-size': '10 GB',
        },
      },
      spec: {},
    })!;
    expect(placed.problems).toEqual([
      'sovereign-cloud.io/replicas: must be a positive integer, got "many"',
      'sovereign-cloud.io/volume-size: must be a size like 100Gi, got "10 GB"',
    ]);
    expect(placed.workload.replicas).toBe(2);
  });
});

describe('planProviderExit and the edge', () => {
  const components = read('components.yaml').filter(
    e => e.kind === 'Component',
  );
  const withEdge = (name: string, annotations: Record<string, string>) => {
    const component = components.find(c => c.metadata.name === name)!;
    return placedWorkloadOf({
      ...component,
      metadata: {
        ...component.metadata,
        annotations: { ...component.metadata.annotations, ...annotations },
      },
    })!;
  };
  const checkout = (dnsProviders: string) =>
    withEdge('checkout-web', {
      'sovereign-cloud.io/edge-hostname': 'checkout.shop.example.eu',
      'sovereign-cloud.io/edge-strategy': 'k8gb',
      'sovereign-cloud.io/edge-dns-service': 'PowerDNS',
      'sovereign-cloud.io/edge-dns-providers': dnsProviders,
    });

  it('cannot move a workload whose only entry is answered by DNS at the provider left, even with no replica there', () => {
    const plan = planProviderExit('hetzner', [checkout('hetzner')], clusters, {
      catalogue,
    });
    expect(plan.workloads[0]).toMatchObject({
      status: 'cannot-move',
      blocker: 'edge',
      movingReplicas: 0,
      reason:
        'its only entry checkout.shop.example.eu is answered by PowerDNS, which runs only at hetzner: move the DNS zone first',
    });
    expect(plan.summary.cannotMove).toBe(1);
  });

  it('moves it when its DNS also runs elsewhere', () => {
    const plan = planProviderExit(
      'ionos',
      [checkout('ionos, hetzner')],
      clusters,
      { catalogue },
    );
    expect(plan.workloads[0].status).toBe('moves');
    expect(plan.workloads[0].after.every(a => a.provider !== 'ionos')).toBe(
      true,
    );
  });

  it('cannot move an anycast entry to clusters that cannot announce it', () => {
    const telemetry = withEdge('factory-telemetry', {
      'sovereign-cloud.io/edge-hostname': 'telemetry.factory.example.eu',
      'sovereign-cloud.io/edge-strategy': 'anycast',
      'sovereign-cloud.io/edge-dns-providers': 'ionos, hetzner',
    });
    const plan = planProviderExit('rhein-main-dc', [telemetry], clusters, {
      catalogue,
    });
    expect(plan.workloads[0]).toMatchObject({
      status: 'cannot-move',
      blocker: 'edge',
    });
    expect(plan.workloads[0].reason).toContain(
      'is an anycast address announced from private sites',
    );
  });
});
