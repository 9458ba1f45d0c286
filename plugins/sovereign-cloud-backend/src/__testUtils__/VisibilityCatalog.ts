import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/** A user the fake catalog hides some entities from. */
export const OUTSIDER = 'user:default/outsider';

const isOutsider = (credentials: BackstageCredentials) =>
  credentials.principal &&
  (credentials.principal as { type: string }).type === 'user' &&
  (credentials.principal as { userEntityRef: string }).userEntityRef ===
    OUTSIDER;

/**
 * An in-memory catalog that, like the real one, answers per caller: the
 * outsider does not see the entities in `hiddenFromOutsider`. Entities can
 * be replaced between calls.
 */
export class VisibilityCatalog {
  entities: Entity[];
  readonly hiddenFromOutsider = new Set<string>();
  readonly requests: Array<{ method: string; principal: string }> = [];

  constructor(entities: Entity[]) {
    this.entities = entities;
  }

  hide(...refs: string[]): this {
    for (const ref of refs) this.hiddenFromOutsider.add(ref);
    return this;
  }

  #visible(credentials: BackstageCredentials) {
    return this.entities.filter(
      e =>
        !isOutsider(credentials) ||
        !this.hiddenFromOutsider.has(stringifyEntityRef(e)),
    );
  }

  #inner(method: string, credentials: BackstageCredentials) {
    const principal = credentials.principal as {
      type: string;
      userEntityRef?: string;
      subject?: string;
    };
    this.requests.push({
      method,
      principal: principal.userEntityRef ?? principal.subject ?? principal.type,
    });
    return catalogServiceMock({ entities: this.#visible(credentials) });
  }

  service(): CatalogService {
    const service: Partial<CatalogService> = {
      getEntityByRef: (ref, o) =>
        this.#inner('getEntityByRef', o.credentials).getEntityByRef(ref),
      getEntities: (req, o) =>
        this.#inner('getEntities', o.credentials).getEntities(req),
      getEntitiesByRefs: (req, o) =>
        this.#inner('getEntitiesByRefs', o.credentials).getEntitiesByRefs(req),
      queryEntities: (req, o) =>
        this.#inner('queryEntities', o.credentials).queryEntities(req),
      streamEntities: (req, o) =>
        this.#inner('streamEntities', o.credentials).streamEntities(req),
    };
    return service as CatalogService;
  }

  factory() {
    return createServiceFactory({
      service: catalogServiceRef,
      deps: {},
      factory: () => this.service(),
    });
  }
}
