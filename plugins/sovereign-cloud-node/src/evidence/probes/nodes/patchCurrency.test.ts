import {
  judgePatchCurrency,
  oldestVersion,
  parseKubernetesVersion,
} from './patchCurrency';

const v = (text: string) => parseKubernetesVersion(text)!;
const judge = (text: string, now: string) =>
  judgePatchCurrency(v(text), { now: new Date(now), timing: 'customer' });

describe('patch currency', () => {
  it('reads vendor versions and finds the oldest', () => {
    expect(parseKubernetesVersion('v1.31.5+k3s1')).toMatchObject({
      minor: 31,
      patch: 5,
    });
    expect(parseKubernetesVersion('v1.30.4-eks-a737599')?.minor).toBe(30);
    expect(parseKubernetesVersion('2.0')).toBeUndefined();
    expect(
      oldestVersion([v('v1.36.4'), v('v1.35.9'), v('v1.36.1')])?.text,
    ).toBe('v1.35.9');
  });

  it('calls a minor past its upstream end of life end-of-life', () => {
    expect(judge('v1.34.9', '2026-11-30T00:00:00Z').value).toEqual({
      supported: false,
      current: false,
      timing: 'customer',
    });
    expect(judge('v1.22.1', '2026-11-30T00:00:00Z').value?.supported).toBe(
      false,
    );
  });

  it('calls a patch lagging when a newer one is more than a month old', () => {
    const result = judge('v1.36.2', '2026-11-30T00:00:00Z');
    expect(result.value).toEqual({
      supported: true,
      current: false,
      timing: 'customer',
    });
    expect(result.note).toContain('1.36.4 was released on 2026-08-11');
  });

  it('calls a patch current only while the table is fresh', () => {
    expect(judge('v1.37.1', '2026-10-01T00:00:00Z').value?.current).toBe(true);
    // A month after the table's last known patch, a newer one may exist.
    const stale = judge('v1.37.1', '2026-11-30T00:00:00Z');
    expect(stale.value).toBeNull();
    expect(stale.note).toContain('up to 2026-09-15');
  });

  it('does not guess about minors newer than the table', () => {
    expect(judge('v1.38.0', '2026-11-30T00:00:00Z').value).toBeNull();
  });
});
