import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  SOVEREIGN_CLUSTER_KIND,
  sovereignCloudPostureReadPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * Which clusters of the fleet a caller may see: those the catalog shows them
 * whose posture they may read. Unconditional decisions cost one permission
 * round trip; conditional ones are resolved by the catalog (its read rules,
 * with the caller's credentials) and by the permission framework per entity.
 */
export class FleetVisibility {
  readonly #permissions: PermissionsService;
  readonly #catalog: CatalogService;

  static create(options: {
    permissions: PermissionsService;
    catalog: CatalogService;
  }): FleetVisibility {
    return new FleetVisibility(options);
  }

  private constructor(options: {
    permissions: PermissionsService;
    catalog: CatalogService;
  }) {
    this.#permissions = options.permissions;
    this.#catalog = options.catalog;
  }

  /**
   * The lower-case refs the caller may see among `candidates`, or undefined
   * for all of them. Throws `NotAllowedError` when posture reading is denied.
   */
  async visibleRefs(
    credentials: BackstageCredentials,
    candidates: () => Iterable<string>,
  ): Promise<Set<string> | undefined> {
    const [catalogRead, postureRead] =
      await this.#permissions.authorizeConditional(
        [
          { permission: catalogEntityReadPermission },
          { permission: sovereignCloudPostureReadPermission },
        ],
        { credentials },
      );
    if (postureRead.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(
        `Not allowed: ${sovereignCloudPostureReadPermission.name}`,
      );
    }
    if (catalogRead.result === AuthorizeResult.DENY) return new Set();

    let visible: Set<string> | undefined;
    if (catalogRead.result === AuthorizeResult.CONDITIONAL) {
      visible = await this.#visibleInCatalog(credentials);
    }
    if (postureRead.result === AuthorizeResult.CONDITIONAL) {
      const refs = [...(visible ?? candidates())];
      const decisions = await this.#permissions.authorize(
        refs.map(resourceRef => ({
          permission: sovereignCloudPostureReadPermission,
          resourceRef,
        })),
        { credentials },
      );
      visible = new Set(
        refs.filter((_, i) => decisions[i].result === AuthorizeResult.ALLOW),
      );
    }
    return visible;
  }

  /** SovereignClusters the catalog returns to the caller (its own read rules apply). */
  async #visibleInCatalog(
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const refs = new Set<string>();
    for await (const page of this.#catalog.streamEntities(
      { filter: { kind: SOVEREIGN_CLUSTER_KIND }, fields: REF_FIELDS },
      { credentials },
    )) {
      for (const entity of page) refs.add(stringifyEntityRef(entity));
    }
    return refs;
  }
}
