import { LiveReportCache } from './LiveReportCache';

describe('LiveReportCache', () => {
  it('collects once on a miss and serves the report after that', async () => {
    const cache = new LiveReportCache<number>();
    const collect = jest.fn(async () => 42);
    await expect(cache.get('a', collect)).resolves.toBe(42);
    await expect(cache.get('a', collect)).resolves.toBe(42);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('lets concurrent requests share one collection, forced or not', async () => {
    const cache = new LiveReportCache<string>();
    let finish: (v: string) => void = () => undefined;
    const collect = jest.fn(
      () =>
        new Promise<string>(resolve => {
          finish = resolve;
        }),
    );
    const first = cache.get('a', collect);
    const second = cache.get('a', collect);
    const forced = cache.get('a', collect, { force: true });
    finish('report');
    await expect(Promise.all([first, second, forced])).resolves.toEqual([
      'report',
      'report',
      'report',
    ]);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('collects again when forced, and after a failed collection', async () => {
    const cache = new LiveReportCache<number>();
    let n = 0;
    await cache.get('a', async () => ++n);
    await expect(
      cache.get('a', async () => ++n, { force: true }),
    ).resolves.toBe(2);
    await expect(
      cache.get('b', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(cache.get('b', async () => 7)).resolves.toBe(7);
  });

  it('drops the reports it is told not to keep', async () => {
    const cache = new LiveReportCache<number>();
    await cache.get(LiveReportCache.key('x', 'storage'), async () => 1);
    await cache.get(LiveReportCache.key('y', 'storage'), async () => 2);
    expect(cache.retain(key => key.endsWith(':x'))).toBe(1);
    expect(cache.size).toBe(1);
  });
});
