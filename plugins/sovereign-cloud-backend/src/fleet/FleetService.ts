import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { FleetSummaryResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProfileRegistry } from '../config/ProfileRegistry';
import { FleetIndex, FleetView } from './FleetIndex';
import { FleetIndexLoader } from './FleetIndexLoader';
import { FleetQuery } from './fleetQuery';
import { FleetVisibility } from './FleetVisibility';
import { queryFleet } from './queryFleet';

/** Distinct queries whose answers are kept per view. */
const MAX_CACHED_ANSWERS = 64;

function queryKey(query: FleetQuery): string {
  return JSON.stringify(query, (_, value) =>
    value instanceof Set ? [...value].sort() : value,
  );
}

/**
 * `GET /fleet` and the `get-fleet-sovereignty-summary` action: the fleet
 * index, limited to what the caller may see, filtered, sorted and paged.
 */
export class FleetService {
  readonly #index: FleetIndex;
  readonly #loader: FleetIndexLoader;
  readonly #visibility: FleetVisibility;
  readonly #profiles: ProfileRegistry;
  /**
   * Serialised answers for callers who may see the whole fleet. A view is
   * replaced whenever the index changes, so its answers go with it.
   */
  readonly #answers = new WeakMap<FleetView, Map<string, string>>();

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
    const { view, visible } = await this.#scope(query, options.credentials);
    return queryFleet(view, query, visible);
  }

  /** `getFleet` as JSON; answers for callers who see the whole fleet are reused. */
  async getFleetJson(
    query: FleetQuery,
    options: { credentials: BackstageCredentials },
  ): Promise<string> {
    const { view, visible } = await this.#scope(query, options.credentials);
    if (visible) return JSON.stringify(queryFleet(view, query, visible));
    let answers = this.#answers.get(view);
    if (!answers) {
      answers = new Map();
      this.#answers.set(view, answers);
    }
    const key = queryKey(query);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = JSON.stringify(queryFleet(view, query, undefined));
      if (answers.size >= MAX_CACHED_ANSWERS) {
        answers.delete(answers.keys().next().value!);
      }
      answers.set(key, answer);
    }
    return answer;
  }

  async #scope(query: FleetQuery, credentials: BackstageCredentials) {
    const profile = this.#profiles.resolve(query.profile);
    // The first load after startup; later requests never wait for a refresh.
    await this.#loader.ready;
    const visible = await this.#visibility.visibleRefs(credentials, () =>
      this.#index.entries().map(e => e.cluster.entityRef),
    );
    return { view: this.#index.view(profile), visible };
  }
}
