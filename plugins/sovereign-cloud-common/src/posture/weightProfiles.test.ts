import { InputError } from '@backstage/errors';
import { assessCluster } from './assessPosture';
import {
  CSF_CALCULATOR_2026_WEIGHTS,
  CSF_V1_2_1_WEIGHTS,
  resolveWeightProfile,
  validateCustomWeights,
} from './weightProfiles';
import { exampleAEvidence, exampleAProviders } from './workedExamples';

describe('weight profiles', () => {
  it('ship CSF v1.2.1 (default) and the 2026 calculator profile, each summing to 100', () => {
    expect(resolveWeightProfile(undefined)).toBe(CSF_V1_2_1_WEIGHTS);
    expect(resolveWeightProfile('csf-calculator-2026-06')).toBe(
      CSF_CALCULATOR_2026_WEIGHTS,
    );
    for (const p of [CSF_V1_2_1_WEIGHTS, CSF_CALCULATOR_2026_WEIGHTS]) {
      expect(Object.values(p.weights).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('accepts custom weights; objectives left out weigh 0', () => {
    const profile = validateCustomWeights({
      id: 'ops-heavy',
      weights: { 'SOV-3': 50, 'SOV-4': 50 },
    });
    expect(profile.weights['SOV-1']).toBe(0);
    const report = assessCluster({
      cluster: exampleAEvidence(),
      providers: exampleAProviders(),
      profile: { id: 'ops-heavy', weights: { 'SOV-3': 50, 'SOV-4': 50 } },
    });
    // 50 × 85/120 + 50 × 100 %
    expect(report.score).toBe(85.4);
    expect(report.weightProfile).toBe('ops-heavy');
  });

  it.each([
    [{ 'SOV-9': 10, 'SOV-1': 90 }, 'weights.SOV-9: unknown objective'],
    [
      { 'SOV-1': -5, 'SOV-2': 105 },
      'weights.SOV-1: must not be negative (got -5)',
    ],
    [{ 'SOV-1': 50, 'SOV-2': 45 }, 'weights: must sum to 100 (got 95)'],
    [{ 'SOV-1': '100' }, 'weights.SOV-1: must be a finite number'],
    [{ 'SOV-1': Number.NaN }, 'weights.SOV-1: must be a finite number'],
  ])('rejects %j with a clear error', (weights, message) => {
    expect(() => validateCustomWeights({ weights })).toThrow(InputError);
    expect(() => validateCustomWeights({ weights })).toThrow(message);
  });

  it('rejects an unknown profile id, naming the field', () => {
    expect(() => resolveWeightProfile('csf-v9')).toThrow(
      "profile: unknown weight profile 'csf-v9'",
    );
  });

  it('tolerates float noise in the sum', () => {
    expect(() =>
      validateCustomWeights({
        weights: { 'SOV-1': 33.3, 'SOV-2': 33.3, 'SOV-3': 33.4 },
      }),
    ).not.toThrow();
  });
});
