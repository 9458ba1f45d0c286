import {
  defaultCloudProviders,
  WEIGHT_PROFILES,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { FIXTURES, REPO_ROOT, testIo } from '../../__testUtils__/testIo';
import { assessFleet, meshRefOf } from './assessFleet';
import { collectEntities, FleetEntities } from './collectEntities';
import { readDocuments } from './readDocuments';

const fleetOf = async (files: string[], cwd = FIXTURES) =>
  collectEntities(await readDocuments(files, testIo({ cwd }).io));
const csf = WEIGHT_PROFILES[0];

describe('assessFleet', () => {
  it('assesses every cluster of the example fleet and the meshes they share', async () => {
    const fleet = await fleetOf(
      [
        'examples/fleet/clusters.yaml',
        'examples/fleet/private-dc.yaml',
        'examples/fleet/meshes.yaml',
      ],
      REPO_ROOT,
    );
    const posture = assessFleet(fleet, csf);
    expect(posture.clusters).toHaveLength(14);
    const plusserver = posture.clusters.find(c =>
      c.entityRef.endsWith('/plusserver-cgn-data'),
    )!;
    expect(plusserver.report.seal).toMatchObject({
      level: 1,
      // Declared static-key secrets and volume keys in Kubernetes Secrets bind too.
      binding: ['SC-1.01', 'SC-2.03', 'SC-3.02', 'SC-3.04'],
    });
    expect(
      posture.meshes.map(m => [m.entityRef, m.title, m.clusters.length]),
    ).toEqual([
      ['resource:default/edge-mesh', 'Edge mesh', 3],
      ['resource:default/eu-core', 'EU core mesh', 4],
      ['resource:default/eu-data', 'EU data mesh', 3],
    ]);
    // A mesh is as good as its worst cluster.
    const euData = posture.meshes.find(m => m.entityRef.endsWith('eu-data'))!;
    expect(euData.report.seal.level).toBe(1);
  });

  it('scores the fixtures: SEAL-2 and SEAL-1, and their mesh', async () => {
    const posture = assessFleet(
      await fleetOf(['passing-cluster.yaml', 'failing-cluster.yaml']),
      csf,
    );
    expect(
      posture.clusters.map(c => [c.entityRef, c.report.seal.level]),
    ).toEqual([
      ['sovereigncluster:default/ionos-fra-payments', 2],
      ['sovereigncluster:default/scaleway-par-payments', 1],
    ]);
    expect(posture.clusters[0].report.seal.provisional).toBe(true);
    expect(posture.meshes).toMatchObject([
      {
        entityRef: 'resource:default/payments',
        title: 'Payments mesh',
        report: { seal: { level: 1, binding: ['SC-3.02'] } },
      },
    ]);
  });

  it('lets CloudProviders in the files replace the shipped ones', async () => {
    const fleet = await fleetOf(['passing-cluster.yaml']);
    const before = assessFleet(fleet, csf).clusters[0].report;
    expect(before.seal.binding).toEqual(['SC-2.01', 'SC-7.01']);

    const ionos = defaultCloudProviders().find(
      p => p.metadata.name === 'ionos',
    )!;
    const immune = {
      ...ionos,
      spec: {
        ...ionos.spec,
        exposureClass: {
          ...ionos.spec.exposureClass,
          value: 'verified-immunity',
          verification: 'verified',
        },
      },
    } as typeof ionos;
    const overridden: FleetEntities = { ...fleet, providers: [immune] };
    const after = assessFleet(overridden, csf).clusters[0].report;
    expect(after.seal.binding).toEqual(['SC-7.01']);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('weights the score with the profile', async () => {
    const fleet = await fleetOf(['passing-cluster.yaml']);
    const [a, b] = WEIGHT_PROFILES.map(
      p => assessFleet(fleet, p).clusters[0].report,
    );
    expect(a.weightProfile).toBe('csf-v1.2.1');
    expect(b.weightProfile).toBe('csf-calculator-2026-06');
    expect(a.score).not.toBe(b.score);
  });
});

describe('meshRefOf', () => {
  it('reads the short and full forms', () => {
    expect(meshRefOf('eu-core', 'default')).toBe('resource:default/eu-core');
    expect(meshRefOf('resource:ops/eu-core', 'default')).toBe(
      'resource:ops/eu-core',
    );
    expect(meshRefOf('eu-core', 'ops')).toBe('resource:ops/eu-core');
  });
});
