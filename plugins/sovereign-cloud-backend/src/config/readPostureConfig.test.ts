import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import { exampleFleet, startPlugin } from '../__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from '../plugin';
import { readPostureConfig } from './readPostureConfig';

const read = (posture: JsonObject) =>
  readPostureConfig(new ConfigReader({ sovereignCloud: { posture } }));

const weights = {
  'SOV-1': 20,
  'SOV-2': 20,
  'SOV-3': 20,
  'SOV-4': 10,
  'SOV-5': 10,
  'SOV-6': 10,
  'SOV-7': 5,
  'SOV-8': 5,
};

describe('readPostureConfig', () => {
  it('has defaults', () => {
    const config = readPostureConfig(new ConfigReader({}));
    expect(config.profiles.defaultProfile.id).toBe('csf-v1.2.1');
    expect(config.schedule.frequency).toEqual({ minutes: 30 });
    expect(config.fleetRefreshSchedule.scope).toBe('local');
    expect(config.collectionConcurrency).toBe(8);
    expect(config.historyMinIntervalMs).toBe(24 * 60 * 60 * 1000);
    expect(config.historyRetentionMs).toBe(90 * 24 * 60 * 60 * 1000);
  });

  it('reads a shipped profile, schedule, concurrency and durations', () => {
    const config = read({
      profile: 'csf-calculator-2026-06',
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 20 } },
      collection: { concurrency: 2 },
      history: { minInterval: '6h', retention: { days: 30 } },
    });
    expect(config.profiles.defaultProfile.id).toBe('csf-calculator-2026-06');
    expect(config.schedule).toEqual({
      frequency: { hours: 1 },
      timeout: { minutes: 20 },
    });
    expect(config.collectionConcurrency).toBe(2);
    expect(config.historyMinIntervalMs).toBe(6 * 60 * 60 * 1000);
    expect(config.historyRetentionMs).toBe(30 * 24 * 60 * 60 * 1000);
  });

  it('makes custom weights the default and a known profile', () => {
    const config = read({ customWeights: { id: 'acme', weights } });
    expect(config.profiles.defaultProfile).toMatchObject({
      id: 'acme',
      weights,
    });
    expect(config.profiles.ids).toEqual([
      'csf-v1.2.1',
      'csf-calculator-2026-06',
      'acme',
    ]);
  });

  it.each([
    [
      { profile: 'nope' },
      /^sovereignCloud\.posture\.profile: unknown weight profile 'nope' \(expected one of csf-v1\.2\.1, csf-calculator-2026-06/,
    ],
    [
      { customWeights: { weights: { ...weights, 'SOV-8': 15 } } },
      /^sovereignCloud\.posture\.customWeights\.weights: must sum to 100 \(got 110\)$/,
    ],
    [
      { customWeights: { weights: { 'SOV-9': 100 } } },
      /^sovereignCloud\.posture\.customWeights\.weights\.SOV-9: unknown objective/,
    ],
    [
      { profile: 'csf-v1.2.1', customWeights: { weights } },
      /^sovereignCloud\.posture\.profile: is 'csf-v1\.2\.1' but customWeights is set/,
    ],
    [
      { collection: { concurrency: 0 } },
      /^sovereignCloud\.posture\.collection\.concurrency: must be an integer 1\.\.256/,
    ],
    [
      { history: { retention: 'forever' } },
      /^sovereignCloud\.posture\.history\.retention: /,
    ],
    [
      { schedule: { frequency: 'often' } },
      /^sovereignCloud\.posture\.schedule: /,
    ],
  ])('rejects %j naming the key', (posture, message) => {
    expect(() => read(posture)).toThrow(message);
  });
});

describe('the plugin with posture config', () => {
  it('refuses to start with invalid weights, naming the key', async () => {
    await expect(
      startPlugin({
        entities: exampleFleet(),
        config: {
          sovereignCloud: {
            posture: { customWeights: { weights: { 'SOV-1': 50 } } },
          },
        },
      }),
    ).rejects.toThrow(
      /sovereignCloud\.posture\.customWeights\.weights: must sum to 100/,
    );
  });

  it('assesses with the configured custom weights', async () => {
    const { server, scheduler } = await startPlugin({
      entities: exampleFleet(),
      config: {
        sovereignCloud: { posture: { customWeights: { id: 'acme', weights } } },
      },
    });
    await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
    const fleet = await request(server).get('/api/sovereign-cloud/fleet');
    expect(fleet.body.weightProfile).toBe('acme');
    const posture = await request(server).get(
      '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra',
    );
    expect(posture.body.report.weightProfile).toBe('acme');
    const shipped = await request(server).get(
      '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra?profile=csf-v1.2.1',
    );
    expect(shipped.body.report.weightProfile).toBe('csf-v1.2.1');
  });
});
