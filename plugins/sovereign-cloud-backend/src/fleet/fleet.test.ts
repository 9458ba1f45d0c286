import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { exampleFleet, OUTSIDER, startPlugin } from '../__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from '../plugin';

const url = '/api/sovereign-cloud/fleet';

async function assessedFleet(options: Parameters<typeof startPlugin>[0] = {}) {
  const started = await startPlugin({ entities: exampleFleet(), ...options });
  await started.scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
  return started;
}

const names = (body: any) => body.items.map((i: any) => i.name);

describe('GET /fleet', () => {
  it('lists clusters not assessed yet as pending', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const res = await request(server).get(url);
    expect(res.status).toBe(200);
    expect(res.body.totalItems).toBe(6);
    expect(res.body.items[0]).toMatchObject({
      name: 'aws-fra',
      score: null,
      seal: null,
      sealLabel: null,
      evidenceStatus: 'pending',
      providers: ['aws'],
      countries: ['DE'],
      // Declared nodes count one vCPU each until observed.
      vcpu: 4,
    });
  });

  it('answers the same query anew once the fleet changes', async () => {
    const { server, scheduler, collector } = await startPlugin({
      entities: exampleFleet(),
    });
    const statusOf = async (name: string) =>
      (await request(server).get(url)).body.items.find(
        (i: any) => i.name === name,
      ).evidenceStatus;
    expect(await statusOf('ionos-fra')).toBe('pending');

    await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
    expect(await statusOf('ionos-fra')).toBe('observed');

    collector.set('ionos-fra', {
      kind: 'failed',
      reason: 'API server answered 500',
    });
    const assess = await request(server).post(
      '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra/assess',
    );
    expect(assess.status).toBe(200);
    expect(await statusOf('ionos-fra')).toBe('failed');
  });

  it('serves assessed clusters sorted by name with facets and concentration', async () => {
    const { server } = await assessedFleet();
    const res = await request(server).get(url);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      totalItems: 6,
      offset: 0,
      limit: 100,
      weightProfile: 'csf-v1.2.1',
    });
    expect(names(res.body)).toEqual([
      'aws-fra',
      'hetzner-fsn',
      'ionos-fra',
      'ovh-gra',
      'plusserver-cgn',
      'scaleway-par',
    ]);
    const ionos = res.body.items.find((i: any) => i.name === 'ionos-fra');
    expect(ionos).toMatchObject({
      entityRef: 'sovereigncluster:default/ionos-fra',
      title: 'IONOS Frankfurt',
      owner: 'group:default/platform-team',
      providers: ['ionos'],
      countries: ['DE'],
      mesh: 'resource:default/eu-core',
      score: expect.any(Number),
      seal: expect.any(Number),
      sealLabel: expect.stringMatching(/^SEAL-[0-4]$/),
      evidenceStatus: 'observed',
      assessedAt: expect.any(String),
      vcpu: 24,
    });
    expect(res.body.facets.mesh).toEqual([
      { value: 'resource:default/eu-core', count: 3 },
      { value: 'resource:default/eu-data', count: 2 },
    ]);
    expect(res.body.facets.country).toEqual(
      expect.arrayContaining([
        { value: 'DE', count: 4 },
        { value: 'FR', count: 2 },
      ]),
    );
    const sealTotal = res.body.facets.seal.reduce(
      (s: number, f: any) => s + f.count,
      0,
    );
    expect(sealTotal).toBe(6);
    expect(res.body.providerConcentration[0]).toEqual({
      provider: 'scaleway',
      clusters: 1,
      vcpu: 40,
      share: 40 / 160,
    });
    const shares = res.body.providerConcentration.reduce(
      (s: number, p: any) => s + p.share,
      0,
    );
    expect(shares).toBeCloseTo(1);
  });

  it('filters by provider, country, seal and mesh, repeated or comma-separated', async () => {
    const { server } = await assessedFleet();
    const byProvider = await request(server).get(
      `${url}?provider=ionos&provider=HETZNER`,
    );
    expect(names(byProvider.body)).toEqual(['hetzner-fsn', 'ionos-fra']);
    const commas = await request(server).get(`${url}?provider=ionos,hetzner`);
    expect(names(commas.body)).toEqual(names(byProvider.body));

    const byCountry = await request(server).get(`${url}?country=fr`);
    expect(names(byCountry.body)).toEqual(['ovh-gra', 'scaleway-par']);

    const byMesh = await request(server).get(`${url}?mesh=eu-data`);
    expect(names(byMesh.body)).toEqual(['ovh-gra', 'plusserver-cgn']);
    const byMeshRef = await request(server).get(
      `${url}?mesh=resource:default/eu-data`,
    );
    expect(names(byMeshRef.body)).toEqual(names(byMesh.body));

    const all = await request(server).get(url);
    const level = all.body.items[0].seal;
    const bySeal = await request(server).get(`${url}?seal=SEAL-${level}`);
    expect(bySeal.body.items.every((i: any) => i.seal === level)).toBe(true);
    expect(bySeal.body.totalItems).toBe(
      all.body.facets.seal.find((f: any) => f.value === String(level)).count,
    );

    // Facets cover the filtered set.
    expect(byMesh.body.facets.mesh).toEqual([
      { value: 'resource:default/eu-data', count: 2 },
    ]);
    expect(
      byMesh.body.providerConcentration.map((p: any) => p.provider),
    ).toEqual(['ovhcloud', 'plusserver']);
  });

  it('searches name, title and reference case-insensitively', async () => {
    const { server } = await assessedFleet();
    const byTitle = await request(server).get(`${url}?q=frankfurt`);
    expect(names(byTitle.body)).toEqual(['ionos-fra']);
    const byRef = await request(server).get(`${url}?q=DEFAULT/OVH`);
    expect(names(byRef.body)).toEqual(['ovh-gra']);
  });

  it('sorts and pages, with facets over every match', async () => {
    const { server } = await assessedFleet();
    const byScore = await request(server).get(`${url}?sort=score&order=desc`);
    const scores = byScore.body.items.map((i: any) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const page = await request(server).get(
      `${url}?sort=score&order=desc&offset=2&limit=2`,
    );
    expect(page.body).toMatchObject({ totalItems: 6, offset: 2, limit: 2 });
    expect(page.body.items).toEqual(byScore.body.items.slice(2, 4));
    expect(page.body.facets).toEqual(byScore.body.facets);

    const byMeshDesc = await request(server).get(`${url}?sort=mesh&order=desc`);
    // Clusters without a mesh stay last in both orders.
    expect(names(byMeshDesc.body).slice(-1)).toEqual(['aws-fra']);
    expect(byMeshDesc.body.items[0].mesh).toBe('resource:default/eu-data');
  });

  it('scores the fleet under another profile from the stored assessments', async () => {
    const { server, collector } = await assessedFleet();
    const calls = collector.calls.length;
    const standard = await request(server).get(url);
    const other = await request(server).get(
      `${url}?profile=csf-calculator-2026-06`,
    );
    expect(other.status).toBe(200);
    expect(other.body.weightProfile).toBe('csf-calculator-2026-06');
    expect(other.body.items.map((i: any) => i.seal)).toEqual(
      standard.body.items.map((i: any) => i.seal),
    );
    expect(other.body.items.map((i: any) => i.score)).not.toEqual(
      standard.body.items.map((i: any) => i.score),
    );
    // Same score as the cluster's own posture under that profile.
    const ionos = other.body.items.find((i: any) => i.name === 'ionos-fra');
    const posture = await request(server).get(
      '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra?profile=csf-calculator-2026-06',
    );
    expect(ionos.score).toBe(posture.body.report.score);
    expect(collector.calls.length).toBe(calls);
  });

  it.each([
    ['sort=bogus', /^sort: must be one of name, score, seal/],
    ['limit=0', /^limit: must be an integer from 1 to 5000 \(got '0'\)/],
    ['limit=5001', /^limit: must be an integer from 1 to 5000/],
    ['offset=-1', /^offset: must be an integer/],
    ['order=up', /^order: must be one of asc, desc/],
    ['seal=9', /^seal: must be 0\.\.4 or SEAL-0\.\.SEAL-4 \(got '9'\)/],
    ['sort=name&sort=score', /^sort: must be given once/],
    [
      'profile=nope',
      /^profile: unknown weight profile 'nope' \(expected one of csf-v1\.2\.1, csf-calculator-2026-06\)/,
    ],
  ])('answers 400 naming the field for %s', async (query, message) => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const res = await request(server).get(`${url}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toMatch(message);
  });

  it('shows only the clusters the catalog shows the caller when its read permission is conditional', async () => {
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async requests =>
        requests.map(r =>
          r.permission.name === 'catalog.entity.read'
            ? {
                result: AuthorizeResult.CONDITIONAL,
                pluginId: 'catalog',
                resourceType: 'catalog-entity',
                conditions: {
                  rule: 'IS_ENTITY_OWNER',
                  resourceType: 'catalog-entity',
                  params: {},
                },
              }
            : { result: AuthorizeResult.ALLOW },
        ) as any,
    });
    const { server, catalog } = await assessedFleet({
      services: [permissions.factory],
    });
    catalog.hide(
      'sovereigncluster:default/aws-fra',
      'sovereigncluster:default/ovh-gra',
    );
    const outsider = await request(server)
      .get(url)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(outsider.status).toBe(200);
    expect(outsider.body.totalItems).toBe(4);
    expect(names(outsider.body)).not.toContain('aws-fra');
    expect(
      outsider.body.facets.provider.map((f: any) => f.value),
    ).not.toContain('aws');
    const insider = await request(server).get(url);
    expect(insider.body.totalItems).toBe(6);
    // The catalog was asked with the caller's own credentials.
    expect(catalog.requests).toContainEqual({
      method: 'streamEntities',
      principal: OUTSIDER,
    });
  });

  it('asks per cluster when the posture permission is conditional', async () => {
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async requests =>
        requests.map(r =>
          r.permission.name === 'sovereign-cloud.posture.read'
            ? {
                result: AuthorizeResult.CONDITIONAL,
                pluginId: 'catalog',
                resourceType: 'catalog-entity',
                conditions: {
                  rule: 'HAS_LABEL',
                  resourceType: 'catalog-entity',
                  params: {},
                },
              }
            : { result: AuthorizeResult.ALLOW },
        ) as any,
      authorize: async requests =>
        requests.map(r => ({
          result:
            'resourceRef' in r &&
            r.resourceRef === 'sovereigncluster:default/hetzner-fsn'
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        })),
    });
    const { server } = await assessedFleet({ services: [permissions.factory] });
    const res = await request(server).get(url);
    expect(res.status).toBe(200);
    expect(names(res.body)).toEqual(['hetzner-fsn']);
  });

  it('answers an empty fleet when the catalog denies reading entities', async () => {
    const permissions = mockServices.permissions.mock({
      authorizeConditional: async requests =>
        requests.map(r => ({
          result:
            r.permission.name === 'catalog.entity.read'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })) as any,
    });
    const { server } = await assessedFleet({ services: [permissions.factory] });
    const res = await request(server).get(url);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [], totalItems: 0 });
  });
});
