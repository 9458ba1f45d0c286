import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleTemplateKind from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';

// The demo portal's own catalog configuration, with file targets made absolute: they are
// written relative to packages/backend, where the backend runs.
function demoCatalogConfig() {
  const appConfig = parse(
    fs.readFileSync(
      path.resolve(__dirname, '../../../app-config.yaml'),
      'utf8',
    ),
  );
  const locations = appConfig.catalog.locations.map((location: any) => ({
    ...location,
    target: path.resolve(__dirname, '..', location.target),
  }));
  return { ...appConfig.catalog, locations };
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error('timed out waiting for the catalog');
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe.each(databases.eachSupportedId())('demo catalog on %s', databaseId => {
  it('serves the repository entity and the example entities with their relations', async () => {
    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleTemplateKind,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              ...demoCatalogConfig(),
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });
    try {
      const auth = mockCredentials.user.header();
      const entity = (ref: string) =>
        waitFor(async () => {
          const res = await request(backend.server)
            .get(`/api/catalog/entities/by-name/${ref}`)
            .set('Authorization', auth);
          return res.status === 200 && res.body.relations?.length
            ? res.body
            : undefined;
        });

      const repository = await entity(
        'component/default/sovereign-cloud-backstage',
      );
      expect(repository.spec).toMatchObject({
        owner: 'guests',
        type: 'library',
      });

      const website = await entity('component/default/example-website');
      expect(website.relations).toEqual(
        expect.arrayContaining([
          { type: 'ownedBy', targetRef: 'group:default/guests' },
          { type: 'providesApi', targetRef: 'api:default/example-grpc-api' },
        ]),
      );

      const template = await entity('template/default/example-nodejs-template');
      expect(template.kind).toBe('Template');
    } finally {
      await backend.stop();
    }
  }, 90_000);
});
