import { assessCluster, assessPosture } from './assessPosture';
import { POSTURE_CRITERIA } from './criteria';
import { ClusterEvidence, ProviderFacts } from './evidence';
import { PostureInputError } from './PostureInputError';
import {
  exampleAEvidence,
  exampleAProviders,
  exampleBProviders,
  observed,
  unknownEvidence,
} from './workedExamples';

const byId = (report: ReturnType<typeof assessCluster>, id: string) =>
  report.criteria.find(c => c.criterionId === id)!;

describe('criteria catalogue', () => {
  it('has the 26 criteria of §5.3 with the objective maxima', () => {
    expect(POSTURE_CRITERIA).toHaveLength(26);
    const max: Record<string, number> = {};
    for (const c of POSTURE_CRITERIA)
      max[c.objective] = (max[c.objective] ?? 0) + c.maxPoints;
    expect(max).toEqual({
      'SOV-1': 100,
      'SOV-2': 100,
      'SOV-3': 120,
      'SOV-4': 80,
      'SOV-5': 100,
      'SOV-6': 100,
      'SOV-7': 100,
      'SOV-8': 100,
    });
    for (const c of POSTURE_CRITERIA) {
      expect(c.remediation).not.toBe('');
      expect(c.frameworkReference).toMatch(/CSF|Plugin-defined/);
      expect(c.answers.every(a => a.credit >= 0 && a.credit <= 1)).toBe(true);
    }
  });
});

describe('unknown evidence', () => {
  it('scores 0, is excluded from the level, and makes it provisional when it could lower it', () => {
    const known = assessCluster({
      cluster: exampleAEvidence(),
      providers: exampleAProviders(),
    });
    const report = assessCluster({
      cluster: {
        ...exampleAEvidence(),
        auditLogging: unknownEvidence(),
        secretsEncryption: unknownEvidence(),
      },
      providers: exampleAProviders(),
    });
    expect(byId(report, 'SC-3.04')).toMatchObject({
      status: 'unknown',
      points: 0,
      sealCap: null,
      lowestPossibleCap: 0,
    });
    expect(byId(report, 'SC-3.02')).toMatchObject({
      status: 'unknown',
      points: 0,
    });
    // SC-5.01 still binds at SEAL-1; unknown key custody and audit logs could reach SEAL-0.
    expect(report.seal).toMatchObject({
      level: 1,
      binding: ['SC-5.01'],
      provisional: true,
      couldLower: ['SC-3.02', 'SC-3.04'],
    });
    expect(report.exactScore).toBeLessThan(known.exactScore);
    const finding = report.findings.find(f => f.criterionId === 'SC-3.04')!;
    expect(finding).toMatchObject({ severity: 'high' });
    expect(finding.evidence[0]).toMatchObject({
      name: 'auditLogging',
      provenance: 'unknown',
      value: null,
    });
  });

  it('is not provisional when no unknown criterion could go below the level', () => {
    const report = assessCluster({
      cluster: exampleAEvidence(),
      providers: exampleAProviders(),
    });
    expect(byId(report, 'SC-5.04')).toMatchObject({
      status: 'unknown',
      lowestPossibleCap: 1,
    });
    expect(report.seal.provisional).toBe(false);
  });
});

const euProvider = (
  id: string,
  over: Partial<ProviderFacts> = {},
): ProviderFacts => {
  const d = <T>(value: T) => ({ value, provenance: 'declared' as const });
  return {
    id,
    controlJurisdiction: d('eu-eea'),
    ownership: d('eu-anchored'),
    exposure: d('eu-structural'),
    contractLaw: d('eu'),
    managedOperations: d('eu-only-staff'),
    certification: d('iso-27001'),
    hardwareProvenance: d('full'),
    pue: d(1.25),
    energy: d('green-eu-only'),
    globalServices: d(false),
    ...over,
  };
};

const twoProviders = (euVcpu: number, usVcpu: number): ClusterEvidence => ({
  ...exampleAEvidence(),
  nodes: observed([
    {
      name: 'cp',
      role: 'control-plane',
      provider: 'eu',
      country: 'DE',
      vcpu: 0,
      count: 3,
    },
    {
      name: 'w-eu',
      role: 'worker',
      provider: 'eu',
      country: 'DE',
      vcpu: euVcpu,
    },
    {
      name: 'w-us',
      role: 'worker',
      provider: 'us',
      country: 'DE',
      vcpu: usVcpu,
    },
  ]),
  persistentData: observed([
    { provider: 'eu', country: 'DE', sizeGiB: 900 },
    { provider: 'us', country: 'DE', sizeGiB: 100 },
  ]),
  backups: observed([]),
});

const usProvider = euProvider('us', {
  controlJurisdiction: { value: 'non-eu', provenance: 'declared' },
  exposure: { value: 'non-eu-parent', provenance: 'declared' },
  certification: {
    value: 'c5-type2-or-eucs-substantial',
    provenance: 'declared',
  },
});

describe('multi-provider aggregation', () => {
  it('weights provider-level credit by allocatable vCPU share', () => {
    const report = assessCluster({
      cluster: twoProviders(75, 25),
      providers: [euProvider('eu'), usProvider],
    });
    // SC-1.01: 0.75 × 1 + 0.25 × 0 = 0.75 → 30/40
    expect(byId(report, 'SC-1.01').points).toBeCloseTo(30);
    // SC-7.01: 0.75 × 0.5 + 0.25 × 0.75 = 0.5625 → 22.5/40
    expect(byId(report, 'SC-7.01').points).toBeCloseTo(22.5);
  });

  it('weights data-bearing criteria by persistent-data share', () => {
    const report = assessCluster({
      cluster: twoProviders(50, 50),
      providers: [euProvider('eu'), usProvider],
    });
    // SC-2.01: data 90 % eu (0.75) + 10 % us (0.25) = 0.7 → 35/50, not the 50/50 capacity split
    expect(byId(report, 'SC-2.01').points).toBeCloseTo(35);
  });

  it('caps the level at the worst provider, even a small one', () => {
    const report = assessCluster({
      cluster: twoProviders(99, 1),
      providers: [euProvider('eu'), usProvider],
    });
    expect(byId(report, 'SC-1.01').sealCap).toBe(1);
    expect(byId(report, 'SC-2.01').sealCap).toBe(1);
    expect(report.seal.level).toBeLessThanOrEqual(1);
  });

  it('counts a provider that only holds backups for the level, not the credit', () => {
    const cluster = {
      ...twoProviders(100, 0),
      backups: observed([{ provider: 'us', country: 'DE' }]),
    };
    cluster.nodes = observed(
      cluster.nodes.value!.filter(n => n.provider === 'eu'),
    );
    cluster.persistentData = observed([{ provider: 'eu', country: 'DE' }]);
    const report = assessCluster({
      cluster,
      providers: [euProvider('eu'), usProvider],
    });
    expect(byId(report, 'SC-1.01')).toMatchObject({ points: 40, sealCap: 1 });
  });

  it('leaves a provider missing from the facts unknown for its share', () => {
    const report = assessCluster({
      cluster: twoProviders(50, 50),
      providers: [euProvider('eu')],
    });
    expect(byId(report, 'SC-1.01')).toMatchObject({
      points: 20,
      sealCap: 4,
      partlyUnknown: true,
      lowestPossibleCap: 1,
    });
    expect(report.seal.provisional).toBe(true);
  });
});

describe('input validation', () => {
  it('names the offending field', () => {
    const bad = exampleAEvidence() as any;
    bad.nodes.value[3].vcpu = -2;
    expect(() =>
      assessPosture({ clusters: [bad], providers: exampleAProviders() }),
    ).toThrow(PostureInputError);
    expect(() =>
      assessPosture({ clusters: [bad], providers: exampleAProviders() }),
    ).toThrow(/^clusters\[0\]\.nodes\.value\[3\]\.vcpu: /);
  });

  it('rejects malformed provider facts and duplicates', () => {
    const [ionos] = exampleAProviders();
    expect(() =>
      assessPosture({
        clusters: [],
        providers: [
          {
            ...ionos,
            exposure: { value: 'offshore', provenance: 'catalog' },
          } as any,
        ],
      }),
    ).toThrow(/^providers\[0\]\.exposure\.value: /);
    expect(() =>
      assessPosture({ clusters: [], providers: [ionos, ionos] }),
    ).toThrow("providers[1].id: duplicate provider 'ionos'");
  });

  it('rejects an unknown profile before assessing', () => {
    expect(() =>
      assessPosture({
        clusters: [],
        providers: exampleBProviders(),
        profile: 'nope',
      }),
    ).toThrow(/^profile: /);
  });
});
