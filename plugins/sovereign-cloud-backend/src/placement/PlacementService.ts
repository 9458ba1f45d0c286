import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  assessDeclaredCluster,
  isSovereignCluster,
  PlacedWorkload,
  placedWorkloadOf,
  planProviderExit,
  preparePlacementFleet,
  ProviderExitPlan,
  sovereignCloudPostureReadPermission,
  sovereignCloudProviderExitPlanPermission,
  SovereignClusterEntity,
  SOVEREIGN_CLUSTER_KIND,
  ComponentPlacementCluster,
  ComponentPlacementResponse,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProviderCatalogueLoader } from '../catalogue/ProviderCatalogueLoader';
import { PostureStore } from '../database/PostureStore';
import { clusterPostures } from './clusterPostures';

type Options = { credentials: BackstageCredentials };

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Where components run and what leaving a provider would do to them. Every
 * catalog read uses the caller's credentials, so a plan covers only the
 * clusters and components the caller can see.
 */
export class PlacementService {
  readonly #catalog: CatalogService;
  readonly #permissions: PermissionsService;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #store: PostureStore;

  static create(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    catalogue: ProviderCatalogueLoader;
    store: PostureStore;
  }): PlacementService {
    return new PlacementService(options);
  }

  private constructor(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    catalogue: ProviderCatalogueLoader;
    store: PostureStore;
  }) {
    this.#catalog = options.catalog;
    this.#permissions = options.permissions;
    this.#catalogue = options.catalogue;
    this.#store = options.store;
  }

  /** `GET /exit-plan?provider=`: every placed workload re-planned without the provider. */
  async getExitPlan(
    provider: string,
    options: Options,
  ): Promise<ProviderExitPlan> {
    const providerRef = lower(
      stringifyEntityRef(
        parseEntityRef(provider, {
          defaultKind: 'CloudProvider',
          defaultNamespace: 'default',
        }),
      ),
    );
    // Authorised before the lookup, so a denied caller learns nothing about the catalogue.
    await this.#authorize(
      sovereignCloudProviderExitPlanPermission,
      providerRef,
      options,
    );
    const snapshot = await this.#catalogue.get();
    const entry = snapshot.catalogue.find(providerRef);
    if (!entry) {
      throw new NotFoundError(
        `Unknown provider "${provider}": no CloudProvider ${providerRef} in the provider catalogue`,
      );
    }
    const [clusters, components, posture] = await Promise.all([
      this.#sovereignClusters(options),
      this.#catalog.getEntities(
        { filter: { kind: 'Component' } },
        { credentials: options.credentials },
      ),
      clusterPostures(this.#store),
    ]);
    const workloads = components.items
      .map(placedWorkloadOf)
      .filter((w): w is PlacedWorkload => !!w);
    return planProviderExit(
      entry.metadata.name,
      workloads,
      clusters.map(entity => ({ entity })),
      { catalogue: snapshot.catalogue, posture },
    );
  }

  /** `GET /placement/:kind/:namespace/:name`: the clusters a component runs on. */
  async getPlacement(
    ref: CompoundEntityRef,
    options: Options,
  ): Promise<ComponentPlacementResponse> {
    const component = await this.#catalog.getEntityByRef(ref, {
      credentials: options.credentials,
    });
    if (!component) {
      throw new NotFoundError(`No entity ${stringifyEntityRef(ref)}`);
    }
    const entityRef = lower(stringifyEntityRef(component));
    await this.#authorize(
      sovereignCloudPostureReadPermission,
      entityRef,
      options,
    );
    const placed = placedWorkloadOf(component);
    if (!placed) {
      return {
        entityRef,
        clusters: [],
        providers: [],
        countries: [],
        replicas: 0,
        constraints: {},
        problems: [],
      };
    }
    const refs = placed.current.map(c => c.entityRef);
    const [{ items }, stored, snapshot] = await Promise.all([
      this.#catalog.getEntitiesByRefs(
        { entityRefs: refs },
        { credentials: options.credentials },
      ),
      this.#store.getAssessments(refs),
      this.#catalogue.get(),
    ]);
    const assessed = new Map(
      [...stored.values()].map(a => [lower(a.entityRef), a.summary]),
    );
    const problems = [...placed.problems];
    const clusters: ComponentPlacementCluster[] = [];
    placed.current.forEach((current, i) => {
      const entity = items[i];
      if (!entity || !isSovereignCluster(entity)) {
        problems.push(
          `${current.entityRef}: no SovereignCluster in the catalog that you can see`,
        );
        return;
      }
      const [view] = preparePlacementFleet([{ entity }], {
        catalogue: snapshot.catalogue,
      }).clusters;
      const summary = assessed.get(current.entityRef);
      const posture = summary
        ? {
            score: summary.score,
            seal: `SEAL-${summary.seal}` as const,
            postureSource: 'assessed' as const,
          }
        : (() => {
            const report = assessDeclaredCluster(entity, snapshot.catalogue);
            return {
              score: report.score,
              seal: report.seal.label,
              postureSource: 'declared' as const,
            };
          })();
      clusters.push({
        entityRef: current.entityRef,
        name: entity.metadata.name,
        ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
        provider: view.view.provider ?? view.providers[0],
        countries: uniqueSorted(view.countries),
        replicas: current.replicas,
        ...posture,
      });
    });
    const { sovereignty, volumes } = placed.workload;
    return {
      entityRef,
      clusters,
      providers: uniqueSorted(clusters.map(c => c.provider)),
      countries: uniqueSorted(clusters.flatMap(c => c.countries)),
      replicas: clusters.reduce((sum, c) => sum + c.replicas, 0),
      constraints: {
        ...sovereignty,
        ...(volumes?.[0] ? { volumeSizeGiB: volumes[0].sizeGiB } : {}),
      },
      problems,
    };
  }

  async #sovereignClusters(
    options: Options,
  ): Promise<SovereignClusterEntity[]> {
    const { items } = await this.#catalog.getEntities(
      { filter: { kind: SOVEREIGN_CLUSTER_KIND } },
      { credentials: options.credentials },
    );
    return items.filter(isSovereignCluster);
  }

  async #authorize(
    permission: ResourcePermission<'catalog-entity'>,
    resourceRef: string,
    options: Options,
  ): Promise<void> {
    const [decision] = await this.#permissions.authorize(
      [{ permission, resourceRef }],
      { credentials: options.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed: ${permission.name} on ${resourceRef}`,
      );
    }
  }
}

function uniqueSorted(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}
