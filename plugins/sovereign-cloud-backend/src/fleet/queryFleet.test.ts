import { CSF_V1_2_1_WEIGHTS } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { storedAssessment } from '../__testUtils__/assessments';
import { FleetIndex } from './FleetIndex';
import { FleetCluster } from './FleetEntry';
import { parseFleetQuery } from './fleetQuery';
import { queryFleet } from './queryFleet';

function cluster(
  name: string,
  extra: Partial<FleetCluster> = {},
): FleetCluster {
  return {
    entityRef: `sovereigncluster:default/${name}`,
    name,
    declared: {
      providers: ['ionos'],
      countries: ['DE'],
      vcpu: 1,
      vcpuByProvider: { ionos: 1 },
    },
    ...extra,
  };
}

function index() {
  const fleet = new FleetIndex();
  fleet.setClusters([
    cluster('b', { mesh: 'resource:default/m' }),
    cluster('a'),
    cluster('c', { title: 'Paris' }),
  ]);
  fleet.setAssessments([
    storedAssessment('sovereigncluster:default/b', {
      assessedAt: '2026-06-01T00:00:00.000Z',
      score: 70,
      seal: 3,
    }),
    storedAssessment('sovereigncluster:default/a', {
      assessedAt: '2026-06-02T00:00:00.000Z',
      score: 30,
      seal: 1,
    }),
  ]);
  return fleet;
}

const run = (query: Record<string, unknown>, visible?: Set<string>) =>
  queryFleet(index().view(CSF_V1_2_1_WEIGHTS), parseFleetQuery(query), visible);
const names = (r: ReturnType<typeof run>) => r.items.map(i => i.name);

describe('queryFleet', () => {
  it('keeps clusters without a value last in both orders', () => {
    expect(names(run({ sort: 'score' }))).toEqual(['a', 'b', 'c']);
    expect(names(run({ sort: 'score', order: 'desc' }))).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(names(run({ sort: 'mesh', order: 'desc' }))).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(names(run({ sort: 'assessedAt', order: 'desc' }))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('limits the fleet to the visible clusters before counting', () => {
    const result = run({}, new Set(['sovereigncluster:default/c']));
    expect(result.totalItems).toBe(1);
    expect(result.facets.provider).toEqual([{ value: 'ionos', count: 1 }]);
    expect(result.facets.seal).toEqual([]);
  });

  it('answers an empty page past the end with the full count', () => {
    const result = run({ offset: '10', limit: '2' });
    expect(result).toMatchObject({
      items: [],
      totalItems: 3,
      offset: 10,
      limit: 2,
    });
  });

  it('counts seals of assessed clusters only, largest first', () => {
    expect(run({}).facets.seal).toEqual([
      { value: '1', count: 1 },
      { value: '3', count: 1 },
    ]);
    expect(names(run({ seal: '3,1' }))).toEqual(['a', 'b']);
  });
});
