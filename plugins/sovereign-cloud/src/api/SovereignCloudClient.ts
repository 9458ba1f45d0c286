import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  ClusterChangesResponse,
  ComponentEdgeResponse,
  EntityPostureResponse,
  FleetSummaryQuery,
  FleetSummaryResponse,
  NetworkReport,
  ObservabilityReport,
  PostureHistoryResponse,
  ProviderExitPlan,
  StorageReport,
  ComponentPlacementResponse,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  LiveReportOptions,
  PostureEntityRef,
  SovereignCloudApi,
} from './SovereignCloudApi';

/** The backend route segment of an entity: lower-case kind, namespace, name. */
function entityPath(ref: PostureEntityRef): string {
  const { kind, namespace, name } =
    typeof ref === 'string' ? parseEntityRef(ref) : ref;
  return [kind.toLocaleLowerCase('en-US'), namespace || 'default', name]
    .map(encodeURIComponent)
    .join('/');
}

/** `GET /fleet` parameters; lists are comma-separated, empty values left out. */
export function fleetQueryParams(query: FleetSummaryQuery): URLSearchParams {
  const params = new URLSearchParams();
  const list = (key: string, values?: ReadonlyArray<string | number>) => {
    if (values && values.length > 0) params.set(key, values.join(','));
  };
  list('provider', query.provider);
  list('country', query.country);
  list('seal', query.seal);
  list('mesh', query.mesh);
  if (query.q) params.set('q', query.q);
  if (query.sort) params.set('sort', query.sort);
  if (query.order) params.set('order', query.order);
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.profile) params.set('profile', query.profile);
  return params;
}

/**
 * The {@link SovereignCloudApi} over the backend's REST API; requests carry
 * the user's token through the fetch API.
 * @public
 */
export class SovereignCloudClient implements SovereignCloudApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  async getPosture(
    entityRef: PostureEntityRef,
    options: { profile?: string } = {},
  ): Promise<EntityPostureResponse> {
    return this.#request(
      `posture/${entityPath(entityRef)}${profileQuery(options.profile)}`,
    );
  }

  async getHistory(
    entityRef: PostureEntityRef,
  ): Promise<PostureHistoryResponse> {
    return this.#request(`posture/${entityPath(entityRef)}/history`);
  }

  async assess(
    entityRef: PostureEntityRef,
    options: { profile?: string } = {},
  ): Promise<EntityPostureResponse> {
    return this.#request(
      `posture/${entityPath(entityRef)}/assess${profileQuery(options.profile)}`,
      { method: 'POST' },
    );
  }

  async getFleet(query: FleetSummaryQuery = {}): Promise<FleetSummaryResponse> {
    const params = fleetQueryParams(query).toString();
    return this.#request(`fleet${params ? `?${params}` : ''}`);
  }

  async getStorage(
    entityRef: PostureEntityRef,
    options: LiveReportOptions = {},
  ): Promise<StorageReport> {
    return this.#request(livePath('storage', entityRef, options));
  }

  async getNetwork(
    entityRef: PostureEntityRef,
    options: LiveReportOptions = {},
  ): Promise<NetworkReport> {
    return this.#request(livePath('network', entityRef, options));
  }

  async getObservability(
    entityRef: PostureEntityRef,
    options: LiveReportOptions = {},
  ): Promise<ObservabilityReport> {
    return this.#request(livePath('observability', entityRef, options));
  }

  async getExitPlan(provider: string): Promise<ProviderExitPlan> {
    return this.#request(
      `exit-plan?${new URLSearchParams({ provider }).toString()}`,
    );
  }

  async getPlacement(
    entityRef: PostureEntityRef,
  ): Promise<ComponentPlacementResponse> {
    return this.#request(`placement/${entityPath(entityRef)}`);
  }

  async getEdge(entityRef: PostureEntityRef): Promise<ComponentEdgeResponse> {
    return this.#request(`edge/${entityPath(entityRef)}`);
  }

  async getClusterChanges(
    entityRef: PostureEntityRef,
  ): Promise<ClusterChangesResponse> {
    // The route has no kind segment: only SovereignClusters have changes.
    const { namespace, name } =
      typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
    return this.#request(
      `clusters/${[namespace || 'default', name]
        .map(encodeURIComponent)
        .join('/')}/changes`,
    );
  }

  async #request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('sovereign-cloud');
    const response = await this.#fetchApi.fetch(`${baseUrl}/${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

function profileQuery(profile?: string): string {
  return profile ? `?profile=${encodeURIComponent(profile)}` : '';
}

/** `live/<card>/<kind>/<namespace>/<name>`, with `?refresh=true` to collect now. */
function livePath(
  card: 'storage' | 'network' | 'observability',
  ref: PostureEntityRef,
  options: LiveReportOptions,
): string {
  return `live/${card}/${entityPath(ref)}${
    options.refresh ? '?refresh=true' : ''
  }`;
}
