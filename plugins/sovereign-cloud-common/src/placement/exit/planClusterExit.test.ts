import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createProviderCatalogue } from '../../catalogue/ProviderCatalogue';
import { SovereignClusterEntity } from '../../entities/SovereignCluster';
import { defaultCloudProviders } from '../../providers';
import { placedWorkloadOf, PlacedWorkload } from './placedWorkloadOf';
import { planClusterExit, planProviderExit } from './planProviderExit';

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

const total = (list: { replicas: number }[]) =>
  list.reduce((sum, a) => sum + a.replicas, 0);

describe('planClusterExit on the example fleet', () => {
  it('moves only the replicas the cluster held, keeping the others where they run', () => {
    const plan = planClusterExit(
      'SovereignCluster:default/hetzner-fsn-prod',
      workloads,
      clusters,
      { catalogue },
    );
    expect(plan.cluster).toBe('sovereigncluster:default/hetzner-fsn-prod');
    const payments = plan.workloads.find(w => w.name === 'payments-api')!;
    expect(payments.status).toBe('moves');
    expect(payments.movingReplicas).toBe(2);
    expect(total(payments.after)).toBe(6);
    expect(payments.after.map(a => a.cluster)).not.toContain(
      'hetzner-fsn-prod',
    );
    for (const kept of ['ionos-fra-prod', 'scaleway-par-prod']) {
      expect(
        payments.after.find(a => a.cluster === kept)?.replicas,
      ).toBeGreaterThanOrEqual(2);
    }
    // identity-service runs on the other Hetzner cluster: leaving one cluster is not leaving Hetzner.
    expect(
      plan.workloads.find(w => w.name === 'identity-service')!.status,
    ).toBe('unaffected');
    expect(plan.summary).toEqual({
      unaffected: workloads.length - 1,
      moves: 1,
      cannotMove: 0,
    });
    expect(plan.posture.after.clusters).toBe(plan.posture.before.clusters - 1);
  });

  it('keeps the other clusters of the same provider eligible, unlike the provider exit', () => {
    // Finland only: of the fleet, just Hetzner's Helsinki cluster is in Finland.
    const finnish = placedWorkloadOf({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'nordic-archive',
        annotations: {
          'sovereign-cloud.io/replicas': '2',
          'sovereign-cloud.io/allowed-jurisdictions': 'FI',
        },
      },
      spec: { dependsOn: ['sovereigncluster:default/hetzner-fsn-prod'] },
    })!;
    const clusterExit = planClusterExit(
      'sovereigncluster:default/hetzner-fsn-prod',
      [finnish],
      clusters,
      { catalogue },
    );
    const [moved] = clusterExit.workloads;
    expect(moved.status).toBe('moves');
    expect(moved.after).toEqual([
      expect.objectContaining({ cluster: 'hetzner-hel-dr', replicas: 2 }),
    ]);

    const providerExit = planProviderExit('hetzner', [finnish], clusters, {
      catalogue,
    });
    expect(providerExit.workloads[0]).toMatchObject({
      status: 'cannot-move',
      blocker: 'jurisdiction',
    });
  });

  it('says why a workload cannot move: data that must stay in Austria', () => {
    const plan = planClusterExit(
      'sovereigncluster:default/edge-vie-retail',
      workloads,
      clusters,
      { catalogue },
    );
    const retail = plan.workloads.find(w => w.name === 'retail-pos-sync')!;
    expect(retail).toMatchObject({
      status: 'cannot-move',
      blocker: 'storage',
      after: [],
    });
    expect(retail.reason).toMatch(/DataResidency/);
  });

  it('leaves every workload unaffected for a cluster nothing runs on', () => {
    const plan = planClusterExit(
      'sovereigncluster:default/no-such-cluster',
      workloads,
      clusters,
      { catalogue },
    );
    expect(plan.summary.unaffected).toBe(workloads.length);
    expect(plan.posture.after).toEqual(plan.posture.before);
  });

  it('is deterministic', () => {
    const ref = 'sovereigncluster:default/ionos-fra-prod';
    const a = planClusterExit(ref, workloads, clusters, { catalogue });
    const b = planClusterExit(
      ref,
      [...workloads].reverse(),
      [...clusters].reverse(),
      { catalogue },
    );
    const sorted = (p: typeof a) =>
      [...p.workloads].sort((x, y) => x.name.localeCompare(y.name));
    expect(sorted(b)).toEqual(sorted(a));
  });
});
