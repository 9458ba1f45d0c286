import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { storedAssessment } from '../__testUtils__/assessments';
import { DatabasePostureStore } from './DatabasePostureStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const DAY = 24 * 60 * 60 * 1000;
const ref = 'sovereigncluster:default/ionos-fra';
const at = (day: number, hour = 0) =>
  new Date(Date.UTC(2026, 5, 1 + day, hour)).toISOString();

describe.each(databases.eachSupportedId())('DatabasePostureStore (%s)', id => {
  let knex: Knex;
  let store: DatabasePostureStore;
  const options = { historyMinIntervalMs: DAY };

  beforeAll(async () => {
    knex = await databases.init(id);
    store = await DatabasePostureStore.create({
      database: mockServices.database({ knex }),
    });
  });

  afterEach(async () => {
    await knex('sovereign_cloud_posture_history').delete();
    await knex('sovereign_cloud_posture_assessments').delete();
  });

  it('keeps the latest assessment per cluster with its JSON intact', async () => {
    await store.saveAssessment(
      storedAssessment(ref, { assessedAt: at(0), score: 40 }),
      options,
    );
    const latest = storedAssessment(ref, {
      assessedAt: at(1),
      score: 42.5,
      seal: 3,
    });
    await store.saveAssessment(latest, options);
    const found = await store.getAssessments([
      ref,
      'sovereigncluster:default/none',
    ]);
    expect([...found.keys()]).toEqual([ref]);
    expect(found.get(ref)).toEqual(latest);

    const summaries = await store.listSummaries();
    expect(summaries).toEqual([
      {
        entityRef: ref,
        fingerprint: latest.fingerprint,
        profile: 'csf-v1.2.1',
        assessedAt: at(1),
        summary: latest.summary,
      },
    ]);
  });

  it('writes a history point only when the posture changes or a day has passed', async () => {
    const save = (day: number, hour: number, score: number, extra = {}) =>
      store.saveAssessment(
        storedAssessment(ref, { assessedAt: at(day, hour), score, ...extra }),
        options,
      );
    expect(await save(0, 0, 40)).toEqual({ historyWritten: true });
    expect(await save(0, 1, 40)).toEqual({ historyWritten: false });
    expect(await save(0, 2, 41)).toEqual({ historyWritten: true });
    expect(await save(0, 3, 41, { seal: 1 })).toEqual({ historyWritten: true });
    expect(await save(0, 4, 41, { seal: 1, status: 'failed' })).toEqual({
      historyWritten: true,
    });
    expect(await save(0, 5, 41, { seal: 1, status: 'failed' })).toEqual({
      historyWritten: false,
    });
    expect(await save(1, 4, 41, { seal: 1, status: 'failed' })).toEqual({
      historyWritten: true,
    });

    const history = await store.listHistory(ref, { limit: 100 });
    expect(history).toEqual([
      {
        assessedAt: at(0, 0),
        weightProfile: 'csf-v1.2.1',
        score: 40,
        seal: 2,
        provisional: true,
        evidenceStatus: 'observed',
      },
      {
        assessedAt: at(0, 2),
        weightProfile: 'csf-v1.2.1',
        score: 41,
        seal: 2,
        provisional: true,
        evidenceStatus: 'observed',
      },
      {
        assessedAt: at(0, 3),
        weightProfile: 'csf-v1.2.1',
        score: 41,
        seal: 1,
        provisional: true,
        evidenceStatus: 'observed',
      },
      {
        assessedAt: at(0, 4),
        weightProfile: 'csf-v1.2.1',
        score: 41,
        seal: 1,
        provisional: true,
        evidenceStatus: 'failed',
      },
      {
        assessedAt: at(1, 4),
        weightProfile: 'csf-v1.2.1',
        score: 41,
        seal: 1,
        provisional: true,
        evidenceStatus: 'failed',
      },
    ]);
  });

  it('returns the latest points of a range, oldest first', async () => {
    for (let day = 0; day < 5; day++) {
      await store.recordHistory(
        {
          entityRef: ref,
          assessedAt: at(day),
          profile: 'p',
          score: day,
          seal: 2,
          provisional: false,
          evidenceStatus: 'observed',
        },
        options,
      );
    }
    const range = await store.listHistory(ref, {
      from: new Date(at(1)),
      to: new Date(at(3)),
      limit: 100,
    });
    expect(range.map(p => p.score)).toEqual([1, 2, 3]);
    const latest = await store.listHistory(ref, { limit: 2 });
    expect(latest.map(p => p.score)).toEqual([3, 4]);
    expect(
      await store.listHistory('sovereigncluster:default/other', { limit: 10 }),
    ).toEqual([]);
  });

  it('applies retention and removes assessments of clusters that left', async () => {
    for (let day = 0; day < 4; day++) {
      await store.recordHistory(
        {
          entityRef: ref,
          assessedAt: at(day),
          profile: 'p',
          score: day,
          seal: 2,
          provisional: false,
          evidenceStatus: 'observed',
        },
        options,
      );
    }
    expect(await store.deleteHistoryBefore(new Date(at(2)))).toBe(2);
    expect(
      (await store.listHistory(ref, { limit: 10 })).map(p => p.score),
    ).toEqual([2, 3]);

    await store.saveAssessment(
      storedAssessment(ref, { assessedAt: at(0) }),
      options,
    );
    await store.saveAssessment(
      storedAssessment('sovereigncluster:default/b', { assessedAt: at(0) }),
      options,
    );
    expect(await store.deleteAssessments([ref])).toBe(1);
    expect((await store.listSummaries()).map(s => s.entityRef)).toEqual([
      'sovereigncluster:default/b',
    ]);
  });
});
