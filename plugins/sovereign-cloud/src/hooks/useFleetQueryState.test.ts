import {
  fleetQueryToParams,
  parseFleetQuery,
  toFleetSummaryQuery,
} from './useFleetQueryState';

describe('fleet query state in the URL', () => {
  it('reads lists, sort and page, and drops what it cannot use', () => {
    const state = parseFleetQuery(
      new URLSearchParams(
        'provider=ionos,scaleway&seal=2,9,x&country=DE&sort=bogus&order=up&offset=-5&q=fra',
      ),
    );
    expect(state).toEqual({
      provider: ['ionos', 'scaleway'],
      country: ['DE'],
      seal: [2],
      mesh: [],
      q: 'fra',
      sort: undefined,
      order: undefined,
      offset: 0,
    });
  });

  it('round-trips and becomes a 100-row API query', () => {
    const params = 'provider=ionos&seal=1%2C2&sort=score&order=desc&offset=200';
    const state = parseFleetQuery(new URLSearchParams(params));
    expect(fleetQueryToParams(state).toString()).toBe(params);
    expect(toFleetSummaryQuery(state)).toMatchObject({
      provider: ['ionos'],
      seal: [1, 2],
      sort: 'score',
      order: 'desc',
      offset: 200,
      limit: 100,
    });
  });
});
