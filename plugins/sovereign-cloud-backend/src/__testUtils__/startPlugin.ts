import {
  coreServices,
  createServiceFactory,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { sovereignCloudPlugin } from '../plugin';
import { FakeCollector } from './FakeCollector';
import { VisibilityCatalog } from './VisibilityCatalog';

export type StartOptions = {
  entities?: Entity[];
  catalog?: VisibilityCatalog;
  /** The fake collector; `'default'` keeps the collector's default factory (real Kubernetes reads). */
  collector?: FakeCollector | 'default';
  config?: JsonObject;
  knex?: Knex;
  /** Extra or replacing service factories (permissions, logger, auditor…). */
  services?: ServiceFactory[];
};

/** Starts a test backend with the plugin, a fake collector and a per-caller catalog. */
export async function startPlugin(options: StartOptions = {}) {
  const catalog =
    options.catalog ?? new VisibilityCatalog(options.entities ?? []);
  const collector =
    options.collector === 'default'
      ? undefined
      : options.collector ?? new FakeCollector();
  const scheduler = mockServices.scheduler();
  const actions = actionsRegistryServiceMock();
  const backend = await startTestBackend({
    features: [
      sovereignCloudPlugin,
      catalog.factory(),
      ...(collector ? [collector.factory()] : []),
      // Tasks run only when a test triggers them.
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => actions,
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
      ...(options.services ?? []),
    ],
  });
  return Object.assign(backend, {
    catalog,
    collector: collector ?? new FakeCollector(),
    scheduler,
    actions,
  });
}
