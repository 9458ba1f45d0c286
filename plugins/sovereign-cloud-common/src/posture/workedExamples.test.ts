import { assessCluster } from './assessPosture';
import { CSF_CALCULATOR_2026_WEIGHTS } from './weightProfiles';
import {
  exampleAEvidence,
  exampleAFixedEvidence,
  exampleAProviders,
  exampleBEuropeanSovereignCloudEvidence,
  exampleBEuropeanSovereignCloudProviders,
  exampleBEvidence,
  exampleBProviders,
  exampleBWithCustomerManagedKeys,
  ownDataCentreFacts,
} from './workedExamples';
import { PostureReport } from './report';

const points = (report: PostureReport) =>
  Object.fromEntries(
    report.criteria.map(c => [
      c.criterionId,
      c.status === 'na' ? 'na' : c.points,
    ]),
  );
const objectiveScores = (report: PostureReport) =>
  report.objectives.map(o => Math.round(o.score * 1000) / 10);

describe('worked example (a): IONOS de/fra + Scaleway fr-par (§5.5)', () => {
  const report = assessCluster({
    cluster: exampleAEvidence(),
    providers: exampleAProviders(),
  });

  it('scores 72.6, indicative SEAL-1, bound by key custody and image signatures', () => {
    expect(report.score).toBe(72.6);
    expect(report.weightProfile).toBe('csf-v1.2.1');
    expect(report.seal).toEqual({
      level: 1,
      label: 'SEAL-1',
      provisional: false,
      binding: ['SC-3.02', 'SC-5.01'],
      couldLower: [],
    });
  });

  it('gives each criterion the points of the table', () => {
    expect(points(report)).toEqual({
      'SC-1.01': 40,
      'SC-1.02': 20,
      'SC-1.03': 20,
      'SC-2.01': 37.5,
      'SC-2.02': 30,
      'SC-2.03': 20,
      'SC-3.01': 40,
      'SC-3.02': 10,
      'SC-3.03': 20,
      'SC-3.04': 15,
      'SC-4.01': 30,
      'SC-4.02': 30,
      'SC-4.03': 20,
      'SC-5.01': 7.5,
      'SC-5.02': 15,
      'SC-5.03': 20,
      'SC-5.04': 0,
      'SC-6.01': 40,
      'SC-6.02': 36,
      'SC-6.03': 'na',
      'SC-7.01': 20,
      'SC-7.02': 22.5,
      'SC-7.03': 20,
      'SC-7.04': 8,
      'SC-8.01': 0,
      'SC-8.02': 0,
    });
    expect(objectiveScores(report)).toEqual([
      80, 87.5, 70.8, 100, 42.5, 95, 70.5, 0,
    ]);
    expect(report.objectives.map(o => o.level)).toEqual([
      2,
      2,
      1,
      4,
      1,
      4,
      2,
      null,
    ]);
  });

  it('reports the coverage 55 % observed, 22 % catalogue, 8 % declared, 15 % unknown', () => {
    const pct = (x: number) => Math.round(x * 100);
    expect(pct(report.coverage.observed)).toBe(55);
    expect(pct(report.coverage.catalog)).toBe(22);
    expect(pct(report.coverage.declared)).toBe(8);
    expect(pct(report.coverage.unknown)).toBe(15);
  });

  it('scores 75.9 with the calculator-2026 weights, same level', () => {
    const calc = assessCluster({
      cluster: exampleAEvidence(),
      providers: exampleAProviders(),
      profile: CSF_CALCULATOR_2026_WEIGHTS.id,
    });
    expect(calc.score).toBe(75.9);
    expect(calc.seal.level).toBe(1);
  });

  it('lists blocking findings first, each with evidence, remediation and framework reference', () => {
    const [first, second] = report.findings;
    expect([first.criterionId, second.criterionId]).toEqual([
      'SC-3.02',
      'SC-5.01',
    ]);
    expect(first.severity).toBe('blocking');
    expect(first.remediation).toMatch(/KMS/);
    expect(first.frameworkReference).toMatch(/SOV-3\.1/);
    expect(first.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'secretsEncryption',
          provenance: 'declared',
          value: 'static-key',
        }),
        expect.objectContaining({
          name: 'volumeKeys',
          provenance: 'observed',
          value: 'k8s-secret',
        }),
      ]),
    );
    const bySeverity = Object.fromEntries(
      report.findings.map(f => [f.criterionId, f.severity]),
    );
    expect(bySeverity).toMatchObject({
      'SC-1.03': 'medium',
      'SC-2.01': 'medium',
      'SC-5.02': 'medium',
      'SC-7.01': 'medium',
      'SC-5.04': 'info',
      'SC-8.01': 'info',
    });
    const exposure = report.findings.find(f => f.criterionId === 'SC-2.01')!;
    expect(exposure.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'provider:ionos.exposure',
          provenance: 'catalog',
          value: 'eu-with-non-eu-subsidiaries',
        }),
        expect.objectContaining({
          name: 'provider:scaleway.exposure',
          provenance: 'declared',
          value: 'eu-structural',
        }),
      ]),
    );
  });

  it('after fixes 1, 2, 3 and 5 scores 84.8, SEAL-2 provisional, bound by SC-2.01 and SC-7.01', () => {
    const fixed = assessCluster({
      cluster: exampleAFixedEvidence(),
      providers: [...exampleAProviders(), ownDataCentreFacts()],
    });
    expect(fixed.score).toBe(84.8);
    expect(objectiveScores(fixed)).toEqual([
      100, 87.5, 87.5, 100, 80, 95, 70.5, 0,
    ]);
    expect(fixed.seal).toMatchObject({
      level: 2,
      label: 'SEAL-2',
      provisional: true,
      binding: ['SC-2.01', 'SC-7.01'],
      couldLower: ['SC-5.04', 'SC-8.01'],
    });
    const calc = assessCluster({
      cluster: exampleAFixedEvidence(),
      providers: [...exampleAProviders(), ownDataCentreFacts()],
      profile: 'csf-calculator-2026-06',
    });
    expect(calc.score).toBe(85.3);
  });
});

describe('worked example (b): EKS in AWS eu-central-1 (§5.6)', () => {
  it('scores 28.5, SEAL-0, bound by key custody', () => {
    const report = assessCluster({
      cluster: exampleBEvidence(),
      providers: exampleBProviders(),
    });
    expect(report.score).toBe(28.5);
    expect(objectiveScores(report)).toEqual([
      0, 22.5, 37.5, 53.1, 0, 50, 70.5, 0,
    ]);
    expect(report.seal).toMatchObject({
      level: 0,
      label: 'SEAL-0',
      provisional: false,
      binding: ['SC-3.02'],
    });
    const calc = assessCluster({
      cluster: exampleBEvidence(),
      providers: exampleBProviders(),
      profile: 'csf-calculator-2026-06',
    });
    expect(calc.score).toBe(32.0);
  });

  it('with customer-managed KMS keys scores 30.2, SEAL-1 bound by nine criteria', () => {
    const report = assessCluster({
      cluster: exampleBWithCustomerManagedKeys(),
      providers: exampleBProviders(),
    });
    expect(report.score).toBe(30.2);
    expect(Math.round(report.objectives[2].score * 1000) / 10).toBe(54.2);
    expect(report.seal).toMatchObject({
      level: 1,
      provisional: false,
      binding: [
        'SC-1.01',
        'SC-1.03',
        'SC-2.01',
        'SC-2.02',
        'SC-2.03',
        'SC-3.01',
        'SC-4.02',
        'SC-5.01',
        'SC-5.02',
      ],
    });
    const calc = assessCluster({
      cluster: exampleBWithCustomerManagedKeys(),
      providers: exampleBProviders(),
      profile: 'csf-calculator-2026-06',
    });
    expect(calc.score).toBe(33.7);
  });

  it('in the AWS European Sovereign Cloud scores 38.6, SEAL-1', () => {
    const report = assessCluster({
      cluster: exampleBEuropeanSovereignCloudEvidence(),
      providers: exampleBEuropeanSovereignCloudProviders(),
    });
    expect(report.score).toBe(38.6);
    expect(report.seal.level).toBe(1);
    const byId = Object.fromEntries(
      report.criteria.map(c => [c.criterionId, c]),
    );
    expect(byId['SC-1.01'].points).toBeCloseTo(13.2);
    expect(byId['SC-2.01'].points).toBe(25);
    expect(byId['SC-2.02'].points).toBe(15);
    expect(byId['SC-3.01']).toMatchObject({ points: 40, sealCap: 4 });
    expect(byId['SC-4.02']).toMatchObject({ points: 22.5, sealCap: 3 });
  });

  it('without operator confirmation, unverified AWS catalogue facts count as unknown', () => {
    const report = assessCluster({
      cluster: exampleBEvidence(),
      providers: [
        // Only the reference's assumptions, no confirmation of the unverified facts.
        {
          ...exampleBProviders()[0],
          controlJurisdiction: {
            value: 'non-eu',
            provenance: 'catalog',
            verification: 'unverified',
          },
        },
      ],
    });
    const sc101 = report.criteria.find(c => c.criterionId === 'SC-1.01')!;
    expect(sc101).toMatchObject({
      status: 'unknown',
      points: 0,
      provenance: 'unknown',
    });
    expect(sc101.evidence[0].note).toMatch(/confirm/);
  });
});
