import { formatEvidenceValue, percent, sealLabel } from './format';

describe('format', () => {
  it('labels SEALs and caps', () => {
    expect(sealLabel(0)).toBe('SEAL-0');
    expect(sealLabel(null)).toBe('—');
  });

  it('formats shares', () => {
    expect(percent(0.575, 1)).toBe('57.5%');
    expect(percent(1)).toBe('100%');
  });

  it('renders evidence values as short text', () => {
    expect(formatEvidenceValue({ mode: 'wireguard', scope: 'pod' })).toBe(
      'mode: wireguard, scope: pod',
    );
    expect(formatEvidenceValue(null)).toBe('unknown');
    expect(
      formatEvidenceValue([
        { provider: 'ionos', count: 3 },
        { provider: 'scaleway', count: 2 },
      ]),
    ).toBe('(provider: ionos, count: 3); (provider: scaleway, count: 2)');
    expect(formatEvidenceValue('x'.repeat(500))).toHaveLength(160);
  });
});
