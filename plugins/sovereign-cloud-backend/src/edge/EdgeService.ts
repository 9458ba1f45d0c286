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
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ComponentEdgeResponse,
  EdgeBackendStatus,
  EdgeCluster,
  isSovereignCluster,
  sovereignCloudPostureReadPermission,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProviderCatalogueLoader } from '../catalogue/ProviderCatalogueLoader';
import { PostureStore } from '../database/PostureStore';
import { clusterRefsOf } from '../posture/subjectOf';
import { LiveService } from '../live/LiveService';
import { clusterHealth, entryHealth } from './clusterHealth';
import { edgePostureOf } from './edgePostureOf';

type Options = { credentials: BackstageCredentials };

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * A component's entry point: its edge posture and the health of each
 * cluster behind it, read from the same live cache as the cluster cards.
 * Catalog and live reads use the caller's credentials; a cluster the caller
 * may not read live shows `unknown`, not an error.
 */
export class EdgeService {
  readonly #catalog: CatalogService;
  readonly #permissions: PermissionsService;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #store: PostureStore;
  readonly #live: LiveService;

  static create(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    catalogue: ProviderCatalogueLoader;
    store: PostureStore;
    live: LiveService;
  }): EdgeService {
    return new EdgeService(options);
  }

  private constructor(options: Parameters<typeof EdgeService.create>[0]) {
    this.#catalog = options.catalog;
    this.#permissions = options.permissions;
    this.#catalogue = options.catalogue;
    this.#store = options.store;
    this.#live = options.live;
  }

  /** `GET /edge/component/:namespace/:name`. */
  async getEdge(
    ref: CompoundEntityRef,
    options: Options,
  ): Promise<ComponentEdgeResponse> {
    const component = await this.#catalog.getEntityByRef(ref, options);
    if (!component) {
      throw new NotFoundError(`No entity ${stringifyEntityRef(ref)}`);
    }
    const entityRef = lower(stringifyEntityRef(component));
    const [decision] = await this.#permissions.authorize(
      [
        {
          permission: sovereignCloudPostureReadPermission,
          resourceRef: entityRef,
        },
      ],
      options,
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed: ${sovereignCloudPostureReadPermission.name} on ${entityRef}`,
      );
    }
    const refs = clusterRefsOf(component).map(lower);
    const [{ items }, stored, snapshot] = await Promise.all([
      this.#catalog.getEntitiesByRefs({ entityRefs: refs }, options),
      this.#store.getAssessments(refs),
      this.#catalogue.get(),
    ]);
    const problems: string[] = [];
    const clusters: SovereignClusterEntity[] = [];
    refs.forEach((clusterRef, i) => {
      const entity = items[i];
      if (entity && isSovereignCluster(entity)) clusters.push(entity);
      else
        problems.push(
          `${clusterRef}: no SovereignCluster in the catalog that you can see`,
        );
    });
    const edge = edgePostureOf({
      component,
      clusters,
      snapshot,
      evidence: new Map(
        [...stored.values()].map(a => [lower(a.entityRef), a.evidence]),
      ),
    });
    if (!edge) {
      return { entityRef, clusters: [], entries: [], problems };
    }
    const { posture } = edge;
    problems.push(...posture.problems);
    const statuses = await Promise.all(
      edge.clusters.map((cluster, i) =>
        this.#status(cluster, clusters[i], options),
      ),
    );
    return {
      entityRef,
      posture,
      clusters: statuses,
      entries: posture.entries.map(entry => ({
        hostname: entry.hostname,
        ...entryHealth(
          statuses.filter(s => entry.clusters.includes(s.entityRef)),
        ),
      })),
      problems,
    };
  }

  async #status(
    cluster: EdgeCluster,
    entity: SovereignClusterEntity,
    options: Options,
  ): Promise<EdgeBackendStatus> {
    const base = {
      entityRef: cluster.entityRef,
      name: cluster.name,
      ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
      provider: cluster.provider,
      countries: cluster.countries,
      replicas: cluster.replicas,
    };
    try {
      const compound = parseEntityRef(cluster.entityRef);
      const [network, observability] = await Promise.all([
        this.#live.getReport('network', compound, options),
        this.#live.getReport('observability', compound, options),
      ]);
      return { ...base, ...clusterHealth(network, observability) };
    } catch (error) {
      if (error instanceof NotAllowedError) {
        return {
          ...base,
          health: 'unknown',
          reason:
            'Not allowed to read this cluster live (sovereign-cloud.cluster.read)',
        };
      }
      throw error;
    }
  }
}
