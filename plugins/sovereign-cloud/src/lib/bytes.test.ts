import { formatBytes, toGiB } from './bytes';

describe('formatBytes', () => {
  it('uses the largest binary unit below the value', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(20 * 2 ** 30)).toBe('20 GiB');
    expect(formatBytes(912 * 2 ** 30)).toBe('912 GiB');
    expect(formatBytes(4 * 2 ** 40)).toBe('4 TiB');
    expect(formatBytes(-3 * 2 ** 20)).toBe('-3 MiB');
    expect(formatBytes(Number.NaN)).toBe('—');
  });

  it('converts to GiB for axes', () => {
    expect(toGiB(100 * 2 ** 30)).toBe(100);
    expect(toGiB(1.25 * 2 ** 30)).toBe(1.3);
  });
});
