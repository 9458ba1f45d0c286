import { assessComponent } from './assessComponent';
import { assessMesh } from './assessMesh';
import { ClusterEvidence } from './evidence';
import {
  exampleAEvidence,
  exampleAProviders,
  exampleBEvidence,
  exampleBProviders,
  observed,
} from './workedExamples';

/** A single-provider cluster built from example (a)'s controls. */
function singleProviderCluster(
  name: string,
  provider: 'ionos' | 'scaleway',
  workers: number,
): ClusterEvidence {
  const site =
    provider === 'ionos'
      ? { provider, location: 'de/fra', country: 'DE' }
      : { provider, location: 'fr-par-1', country: 'FR' };
  return {
    ...exampleAEvidence(),
    cluster: `sovereigncluster:default/${name}`,
    nodes: observed([
      { name: 'cp', role: 'control-plane', ...site, vcpu: 4, count: 3 },
      { name: 'w', role: 'worker', ...site, vcpu: 8, count: workers },
    ]),
    persistentData: observed([{ ...site, sizeGiB: 1000 }]),
    backups: observed([
      provider === 'ionos'
        ? { provider: 'scaleway', country: 'FR' }
        : { provider: 'ionos', country: 'DE' },
    ]),
  };
}

describe('mesh posture', () => {
  const providers = exampleAProviders();

  it('aggregates clusters by capacity; continuity: losing either provider leaves the other cluster', () => {
    const mesh = assessMesh({
      mesh: 'resource:default/eu-mesh',
      clusters: [
        singleProviderCluster('fra', 'ionos', 6),
        singleProviderCluster('par', 'scaleway', 3),
      ],
      providers,
      requiredVcpu: 24,
    });
    expect(mesh.clusters.map(c => c.subject)).toEqual([
      'sovereigncluster:default/fra',
      'sovereigncluster:default/par',
    ]);
    expect(mesh.continuity).toEqual([
      expect.objectContaining({
        provider: 'ionos',
        survivingClusters: ['sovereigncluster:default/par'],
        lostClusters: ['sovereigncluster:default/fra'],
        clustersLosingData: [],
        covered: true,
      }),
      expect.objectContaining({
        provider: 'scaleway',
        survivingClusters: ['sovereigncluster:default/fra'],
        covered: true,
      }),
    ]);
    expect(mesh.continuity[0].remainingCapacityShare).toBeCloseTo(24 / 72);
    expect(mesh.survivesLossOfAnyProvider).toBe(true);
    // Level is the worst cluster's; the score sits between the clusters' scores.
    const levels = mesh.clusters.map(c => c.seal.level);
    expect(mesh.report.seal.level).toBe(Math.min(...levels));
    const scores = mesh.clusters.map(c => c.exactScore);
    expect(mesh.report.exactScore).toBeGreaterThanOrEqual(
      Math.min(...scores) - 1e-9,
    );
    expect(mesh.report.exactScore).toBeLessThanOrEqual(
      Math.max(...scores) + 1e-9,
    );
  });

  it('is not covered when the surviving capacity is below what the mesh needs', () => {
    const mesh = assessMesh({
      mesh: 'm',
      clusters: [
        singleProviderCluster('fra', 'ionos', 6),
        singleProviderCluster('par', 'scaleway', 3),
      ],
      providers,
      requiredVcpu: 40,
    });
    const losingIonos = mesh.continuity.find(c => c.provider === 'ionos')!;
    expect(losingIonos.covered).toBe(false);
    expect(mesh.continuity.find(c => c.provider === 'scaleway')!.covered).toBe(
      true,
    );
    expect(mesh.survivesLossOfAnyProvider).toBe(false);
  });

  it("reports data loss when a cluster's only copy sits at the lost provider", () => {
    const fra = {
      ...singleProviderCluster('fra', 'ionos', 6),
      backups: observed([]),
    };
    const mesh = assessMesh({
      mesh: 'm',
      clusters: [fra, singleProviderCluster('par', 'scaleway', 3)],
      providers,
    });
    const losingIonos = mesh.continuity.find(c => c.provider === 'ionos')!;
    expect(losingIonos.clustersLosingData).toEqual([
      'sovereigncluster:default/fra',
    ]);
    expect(losingIonos.covered).toBe(false);
  });

  it("example (a)'s split control plane does not survive losing IONOS (2 of 3 etcd members)", () => {
    const mesh = assessMesh({
      mesh: 'm',
      clusters: [exampleAEvidence()],
      providers,
    });
    expect(mesh.continuity.map(c => [c.provider, c.covered])).toEqual([
      ['ionos', false],
      ['scaleway', true],
    ]);
  });
});

describe('component posture', () => {
  it('takes the worst level of the clusters it depends on and weights the score by its share', () => {
    const providers = [...exampleAProviders(), ...exampleBProviders()];
    const component = assessComponent({
      component: 'component:default/payments',
      clusters: [
        { evidence: exampleAEvidence(), weight: 3 },
        { evidence: exampleBEvidence(), weight: 1 },
      ],
      providers,
    });
    const [a, b] = component.clusters;
    expect(a.score).toBe(72.6);
    expect(b.score).toBe(28.5);
    expect(component.report.seal.level).toBe(0);
    expect(component.report.seal.binding).toEqual(['SC-3.02']);
    // Criterion credits are averaged 3:1, so the score is the 3:1 mean of the
    // cluster scores (no criterion is N/A in one and not the other besides SC-6.03).
    expect(component.report.exactScore).toBeCloseTo(
      (3 * a.exactScore + b.exactScore) / 4,
      6,
    );
    const keys = component.report.findings.find(
      f => f.criterionId === 'SC-3.02',
    )!;
    expect(keys.severity).toBe('blocking');
    expect(keys.detail).toMatch(/example-b: Provider-managed keys only/);
    expect(component.continuity.map(c => c.provider)).toEqual([
      'aws',
      'ionos',
      'scaleway',
    ]);
  });
});
