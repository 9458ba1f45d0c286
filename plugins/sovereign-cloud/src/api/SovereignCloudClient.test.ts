import { ResponseError } from '@backstage/errors';
import { SovereignCloudClient } from './SovereignCloudClient';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('SovereignCloudClient', () => {
  const fetch = jest.fn();
  const client = new SovereignCloudClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://backstage/api/${pluginId}`,
    },
    fetchApi: { fetch },
  });

  beforeEach(() => fetch.mockReset());

  it('reads the posture of an entity under its lower-case kind, with the weight profile', async () => {
    fetch.mockResolvedValue(json({ entityRef: 'x' }));
    await client.getPosture('SovereignCluster:default/ionos-fra-prod', {
      profile: 'csf-calculator-2026-06',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra-prod?profile=csf-calculator-2026-06',
      undefined,
    );
  });

  it('accepts parsed references and defaults the namespace', async () => {
    fetch.mockImplementation(async () => json({ entityRef: 'x', points: [] }));
    await client.getHistory({
      kind: 'Resource',
      namespace: '',
      name: 'eu-core',
    } as any);
    await client.getHistory('component:payments-api');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/sovereign-cloud/posture/resource/default/eu-core/history',
      'http://backstage/api/sovereign-cloud/posture/component/default/payments-api/history',
    ]);
  });

  it('re-assesses with POST', async () => {
    fetch.mockResolvedValue(json({ entityRef: 'x' }));
    await client.assess('sovereigncluster:default/aws-fra-legacy');
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/sovereign-cloud/posture/sovereigncluster/default/aws-fra-legacy/assess',
      { method: 'POST' },
    );
  });

  it('sends fleet filters as comma-separated lists and leaves out empty ones', async () => {
    fetch.mockResolvedValue(json({ items: [] }));
    await client.getFleet({
      provider: ['ionos', 'scaleway'],
      country: [],
      seal: [2, 3],
      q: 'fra',
      sort: 'score',
      order: 'desc',
      offset: 100,
      limit: 100,
    });
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/sovereign-cloud/fleet');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      provider: 'ionos,scaleway',
      seal: '2,3',
      q: 'fra',
      sort: 'score',
      order: 'desc',
      offset: '100',
      limit: '100',
    });
  });

  it('turns error responses into ResponseErrors carrying the backend message', async () => {
    fetch.mockResolvedValue(
      json(
        {
          error: {
            name: 'NotFoundError',
            message: 'No posture for that cluster',
          },
          response: { statusCode: 404 },
        },
        404,
      ),
    );
    const error = await client
      .getPosture('sovereigncluster:default/unknown')
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error).toEqual({
      name: 'NotFoundError',
      message: 'No posture for that cluster',
    });
  });

  it('reads the live storage, network and observability of a cluster, collecting again on refresh', async () => {
    fetch.mockImplementation(async () => json({ status: 'observed' }));
    await client.getStorage('SovereignCluster:default/demo-eu');
    await client.getNetwork('sovereigncluster:default/demo-eu', {
      refresh: true,
    });
    await client.getObservability({
      kind: 'SovereignCluster',
      namespace: 'edge',
      name: 'eu north',
    });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/sovereign-cloud/live/storage/sovereigncluster/default/demo-eu',
      'http://backstage/api/sovereign-cloud/live/network/sovereigncluster/default/demo-eu?refresh=true',
      'http://backstage/api/sovereign-cloud/live/observability/sovereigncluster/edge/eu%20north',
    ]);
  });

  it('fails a live read with the backend message', async () => {
    fetch.mockResolvedValue(
      json(
        {
          error: { name: 'NotAllowedError', message: 'Forbidden' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );
    const error = await client
      .getObservability('sovereigncluster:default/demo-eu')
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
  });

  it('asks for the exit plan of a provider and the placement of a component', async () => {
    fetch.mockImplementation(async () => json({}));
    await client.getExitPlan('cloudprovider:default/ionos');
    await client.getPlacement('Component:default/payments-api');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/sovereign-cloud/exit-plan?provider=cloudprovider%3Adefault%2Fionos',
      'http://backstage/api/sovereign-cloud/placement/component/default/payments-api',
    ]);
  });

  it('reads the changes of a cluster by namespace and name, and fails with the backend message', async () => {
    fetch.mockResolvedValueOnce(
      json({ cluster: 'sovereigncluster:default/ionos-fra-prod', changes: [] }),
    );
    const answer = await client.getClusterChanges(
      'sovereigncluster:default/ionos-fra-prod',
    );
    expect(answer.changes).toEqual([]);
    fetch.mockResolvedValueOnce(
      json(
        {
          error: { name: 'NotFoundError', message: 'No cluster "gone"' },
          response: { statusCode: 404 },
        },
        404,
      ),
    );
    const error = await client
      .getClusterChanges({
        kind: 'SovereignCluster',
        namespace: 'team a',
        name: 'gone',
      })
      .catch(e => e);
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage/api/sovereign-cloud/clusters/default/ionos-fra-prod/changes',
      'http://backstage/api/sovereign-cloud/clusters/team%20a/gone/changes',
    ]);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.message).toBe('No cluster "gone"');
  });

  it('fails an exit plan with the backend message naming the provider', async () => {
    fetch.mockResolvedValue(
      json(
        {
          error: {
            name: 'NotFoundError',
            message: 'Unknown provider "nimbus"',
          },
          response: { statusCode: 404 },
        },
        404,
      ),
    );
    const error = await client.getExitPlan('nimbus').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.message).toBe('Unknown provider "nimbus"');
  });
});
