import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { FleetSummaryResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProfileRegistry } from '../config/ProfileRegistry';
import { FleetIndex } from './FleetIndex';
import { FleetIndexLoader } from './FleetIndexLoader';
import { FleetQuery } from './fleetQuery';
import { FleetVisibility } from './FleetVisibility';
import { queryFleet } from './queryFleet';

/**
 * `GET /fleet` and the `get-fleet-sovereignty-summary` action: the fleet
 * index, limited to what the caller may see, filtered, sorted and paged.
 */
export class FleetService {
  readonly #index: FleetIndex;
  readonly #loader: FleetIndexLoader;
  readonly #visibility: FleetVisibility;
  readonly #profiles: ProfileRegistry;

  static create(options: {
    index: FleetIndex;
    loader: FleetIndexLoader;
    visibility: FleetVisibility;
    profiles: ProfileRegistry;
  }): FleetService {
    return new FleetService(options);
  }

  private constructor(options: {
    index: FleetIndex;
    loader: FleetIndexLoader;
    visibility: FleetVisibility;
    profiles: ProfileRegistry;
  }) {
    this.#index = options.index;
    this.#loader = options.loader;
    this.#visibility = options.visibility;
    this.#profiles = options.profiles;
  }

  async getFleet(
    query: FleetQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<FleetSummaryResponse> {
    const profile = this.#profiles.resolve(query.profile);
    // The first load after startup; later requests never wait for a refresh.
    await this.#loader.ready;
    const visible = await this.#visibility.visibleRefs(
      options.credentials,
      () => this.#index.entries().map(e => e.cluster.entityRef),
    );
    return queryFleet(this.#index.view(profile), query, visible);
  }
}
