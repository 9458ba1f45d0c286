import { ConfigReader } from '@backstage/config';
import { DEFAULT_LIVE_SCHEDULE, readLiveConfig } from './readLiveConfig';

const read = (sovereignCloud: object) =>
  readLiveConfig(new ConfigReader({ sovereignCloud }));

describe('readLiveConfig', () => {
  it('defaults to every 5 minutes on each instance, 4 clusters at a time, the collection timeout', () => {
    expect(read({})).toEqual({
      schedule: DEFAULT_LIVE_SCHEDULE,
      concurrency: 4,
      timeoutMs: 20_000,
    });
    expect(DEFAULT_LIVE_SCHEDULE).toMatchObject({
      frequency: { minutes: 5 },
      scope: 'local',
    });
  });

  it('reads schedule, concurrency and the posture collection timeout', () => {
    const config = read({
      live: {
        schedule: { frequency: { minutes: 1 }, timeout: { seconds: 50 } },
        concurrency: 2,
      },
      posture: { collection: { timeout: '7s' } },
    });
    expect(config).toEqual({
      schedule: {
        frequency: { minutes: 1 },
        timeout: { seconds: 50 },
        scope: 'local',
      },
      concurrency: 2,
      timeoutMs: 7000,
    });
  });

  it('names the key of a bad value', () => {
    expect(() => read({ live: { concurrency: 0 } })).toThrow(
      /^sovereignCloud\.live\.concurrency: must be an integer from 1 to 64 \(got 0\)/,
    );
    expect(() => read({ live: { concurrency: 'many' } })).toThrow(
      /sovereignCloud\.live\.concurrency/,
    );
    expect(() => read({ live: { schedule: { frequency: 'often' } } })).toThrow(
      /^sovereignCloud\.live\.schedule: /,
    );
  });
});
