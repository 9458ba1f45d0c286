import { WEIGHT_PROFILES } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { testIo } from '../../__testUtils__/testIo';
import { assessFleet, FleetPosture } from './assessFleet';
import { collectEntities } from './collectEntities';
import { toJsonOutput } from './formatJson';
import { formatText, table, valueText } from './formatText';
import { applyMinimumSeal } from './minimumSeal';
import { readDocuments } from './readDocuments';

let posture: FleetPosture;
beforeAll(async () => {
  const fleet = collectEntities(
    await readDocuments(
      ['passing-cluster.yaml', 'failing-cluster.yaml'],
      testIo().io,
    ),
  );
  posture = assessFleet(fleet, WEIGHT_PROFILES[0]);
});

describe('formatText', () => {
  it('shows a table without a verdict when no minimum is asked for', () => {
    const text = formatText(posture, applyMinimumSeal(posture, undefined));
    expect(text).toContain(
      'CLUSTER                                         SCORE  SEAL    PROVISIONAL  BINDING\n',
    );
    expect(text).toMatch(
      /sovereigncluster:default\/ionos-fra-payments\s+\d+\.\d\s+SEAL-2\s+yes\s+SC-2\.01, SC-7\.01\n/,
    );
    expect(text).toContain('resource:default/payments  2');
    expect(text).not.toMatch(/PASSED|FAILED/);
  });

  it('lists the binding criteria of each failing cluster', () => {
    const text = formatText(posture, applyMinimumSeal(posture, 2));
    expect(text).toMatch(
      /scaleway-par-payments\s.*SEAL-1\s+yes\s+SC-3\.02\s+FAIL/,
    );
    expect(text).toMatch(/ionos-fra-payments\s.*SEAL-2\s+yes\s.*pass/);
    const failures = text.slice(text.indexOf('FAILED'));
    expect(failures).toContain(
      'FAILED: 1 of 2 clusters below SEAL-2. Binding criteria:',
    );
    expect(failures).toContain(
      'sovereigncluster:default/scaleway-par-payments: SEAL-1 (provisional), score',
    );
    expect(failures).toContain(
      '  SC-3.02 Customer control of encryption keys (etcd secrets + volumes; weakest wins) (caps at SEAL-1)',
    );
    expect(failures).toContain(
      '    Evidence: secretsEncryption = "static-key" (declared, spec.sovereignty.keyManagement)',
    );
    expect(failures).toContain(
      '    Remediation: Run an EU, customer-operated KMS',
    );
    expect(failures).toContain('A better answer lifts this cap to SEAL-2.');
    expect(failures).toMatch(
      /Provisional: unknown evidence of SC-\d\.\d\d(, SC-\d\.\d\d)* could lower the level further\./,
    );
    expect(failures).not.toContain('ionos-fra-payments');
  });

  it('says when every cluster passes', () => {
    expect(formatText(posture, applyMinimumSeal(posture, 1))).toContain(
      'PASSED: 2 clusters at SEAL-1 or above.',
    );
  });

  it('aligns columns and shortens long values', () => {
    expect(table(['A', 'BB'], [['xxx', 'y']])).toBe('A    BB\nxxx  y');
    expect(valueText('x'.repeat(300))).toHaveLength(100);
  });
});

describe('toJsonOutput', () => {
  it('has a stable shape with every key present', () => {
    const json = toJsonOutput(posture, applyMinimumSeal(posture, 2), [
      'x.yaml, document 2: Group "g" is not used',
    ]);
    expect(Object.keys(json)).toEqual([
      'profile',
      'minSeal',
      'passed',
      'clusters',
      'meshes',
      'ignored',
    ]);
    expect(json).toMatchObject({
      profile: 'csf-v1.2.1',
      minSeal: 2,
      passed: false,
      ignored: ['x.yaml, document 2: Group "g" is not used'],
    });
    const failing = json.clusters[1];
    expect(Object.keys(failing)).toEqual([
      'entityRef',
      'title',
      'location',
      'score',
      'seal',
      'provisional',
      'binding',
      'couldLower',
      'passed',
      'findings',
    ]);
    expect(failing).toMatchObject({
      entityRef: 'sovereigncluster:default/scaleway-par-payments',
      title: 'Scaleway Paris payments',
      location: 'failing-cluster.yaml, document 1',
      seal: 1,
      provisional: true,
      binding: ['SC-3.02'],
      passed: false,
    });
    expect(failing.findings[0]).toEqual({
      criterionId: 'SC-3.02',
      objective: 'SOV-3',
      severity: 'blocking',
      title:
        'Customer control of encryption keys (etcd secrets + volumes; weakest wins)',
      detail: expect.stringContaining('Static keys'),
      evidence: [
        {
          name: 'secretsEncryption',
          provenance: 'declared',
          value: 'static-key',
          source: 'spec.sovereignty.keyManagement',
          note: null,
        },
        {
          name: 'volumeKeys',
          provenance: 'declared',
          value: 'k8s-secret',
          source: 'spec.sovereignty.keyManagement.volumeKeys',
          note: null,
        },
      ],
      remediation: expect.stringContaining('KMS'),
      wouldRaiseCapTo: 2,
    });
    expect(json.clusters[0].passed).toBe(true);
    expect(json.meshes).toEqual([
      {
        entityRef: 'resource:default/payments',
        title: 'Payments mesh',
        clusters: [
          'sovereigncluster:default/ionos-fra-payments',
          'sovereigncluster:default/scaleway-par-payments',
        ],
        score: expect.any(Number),
        seal: 1,
        provisional: true,
        binding: ['SC-3.02'],
        survivesLossOfAnyProvider: false,
      },
    ]);
  });

  it('uses null for an absent minimum', () => {
    const json = toJsonOutput(
      posture,
      applyMinimumSeal(posture, undefined),
      [],
    );
    expect(json).toMatchObject({ minSeal: null, passed: true });
    expect(json.clusters.every(c => c.passed)).toBe(true);
  });
});
