import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_SOVEREIGN_CLOUD_PROVISIONING_ID,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { locationTargets, withSourceAnnotations } from '../../locations';
import { at, stringAt } from '../../util/json';
import { deepMerge } from '../../util/deepMerge';
import { withCompactDefaults } from '../config/compactCluster';
import { DeclaredCluster } from '../config/readDeclaredClusters';
import {
  ClusterApiIdentity,
  DiscoveredCluster,
  identityKey,
} from '../discovery/DiscoveredCluster';
import {
  ClusterChangeRecord,
  ProvisioningRecord,
} from '../provisioning/ProvisioningRecordSource';

/** Everything known about clusters, from the three sources. */
export interface ClusterSources {
  declared: DeclaredCluster[];
  records: ProvisioningRecord[];
  /** In management cluster order; the first of two clusters with one entity name wins. */
  discovered: DiscoveredCluster[];
  /** Decommission changes, `decommissioning` and `decommissioned`; the newest of a cluster counts. */
  decommissions?: ClusterChangeRecord[];
}

export interface MergedClusters {
  entities: Entity[];
  /** Clusters left out because another one already has their entity name. */
  conflicts: string[];
  /** Entity names (`namespace/name`, lower case) of the clusters discovery shows. */
  discoveredRefs: Set<string>;
}

/** Entities of this provider are all SovereignClusters: the name and namespace identify them. */
const refKey = (entity: Entity) =>
  `${entity.metadata?.namespace ?? 'default'}/${
    entity.metadata?.name
  }`.toLocaleLowerCase('en-US');

/** `namespace/name` of a change's cluster, like {@link refKey}. */
export function changeKey(change: ClusterChangeRecord): string | undefined {
  try {
    const ref = parseEntityRef(change.cluster, {
      defaultKind: SOVEREIGN_CLUSTER_KIND,
    });
    return `${ref.namespace}/${ref.name}`.toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The newest decommission change of each cluster. */
function newestDecommissions(
  changes: ClusterChangeRecord[],
): Map<string, ClusterChangeRecord> {
  const newest = new Map<string, ClusterChangeRecord>();
  for (const change of changes) {
    const key = changeKey(change);
    const known = key && newest.get(key);
    if (key && (!known || known.requestedAt < change.requestedAt)) {
      newest.set(key, change);
    }
  }
  return newest;
}

const by = (change: ClusterChangeRecord) =>
  change.requestedBy ? ` by ${change.requestedBy}` : '';

function decommissioning(entity: Entity, change: ClusterChangeRecord): Entity {
  const where = declaredIdentity(entity)?.managementCluster;
  return deepMerge(entity, {
    spec: {
      status: {
        phase: 'Decommissioning',
        message: `Decommissioning requested${by(change)} at ${
          change.requestedAt
        }; ${
          where
            ? `waiting for the cluster to leave management cluster ${where}`
            : 'waiting for the cluster to be gone'
        }`,
        lastTransitionTime: change.requestedAt,
      },
    },
  });
}

function decommissioned(entity: Entity, change: ClusterChangeRecord): Entity {
  const when = change.updatedAt ?? change.requestedAt;
  return deepMerge(entity, {
    spec: {
      status: {
        phase: 'Decommissioned',
        message: `Decommissioned at ${when} (requested${by(
          change,
        )}); still declared in config`,
        lastTransitionTime: when,
      },
    },
  });
}

/** A record newer than the decommissioning asks for the cluster again. */
const provisionedAgain = (
  change: ClusterChangeRecord,
  record?: ProvisioningRecord,
) => !!record && record.requestedAt > change.requestedAt;

/** The Cluster API object a declared or planned cluster says it is, if it says. */
export function declaredIdentity(
  entity: Entity,
): ClusterApiIdentity | undefined {
  const management = at(entity.spec, 'management');
  const managementCluster = stringAt(management, 'managementCluster');
  const namespace = stringAt(management, 'namespace');
  if (
    stringAt(management, 'type') !== 'cluster-api' ||
    !managementCluster ||
    !namespace
  )
    return undefined;
  try {
    return {
      managementCluster: parseEntityRef(managementCluster, {
        defaultKind: SOVEREIGN_CLUSTER_KIND,
      }).name,
      namespace,
      name: stringAt(management, 'clusterName') ?? entity.metadata.name,
    };
  } catch {
    return undefined;
  }
}

/** Finds an item by the Cluster API identity, else by entity name; each item is used once. */
class Index<T extends { entity: Entity }> {
  readonly #byIdentity = new Map<string, T>();
  readonly #byRef = new Map<string, T>();
  readonly #used = new Set<T>();

  constructor(readonly items: T[]) {
    for (const item of items) {
      // Later items win: the newest provisioning record of a cluster counts.
      const identity = declaredIdentity(item.entity);
      if (identity) this.#byIdentity.set(identityKey(identity), item);
      this.#byRef.set(refKey(item.entity), item);
    }
  }

  take(
    identity: ClusterApiIdentity | undefined,
    ...entities: Entity[]
  ): T | undefined {
    const candidates = [
      identity && this.#byIdentity.get(identityKey(identity)),
      ...entities.map(e => this.#byRef.get(refKey(e))),
    ];
    const found = candidates.find((c): c is T => !!c && !this.#used.has(c));
    if (found) this.#used.add(found);
    return found;
  }

  unused(): T[] {
    const latest = new Set(this.#byRef.values());
    return this.items.filter(item => !this.#used.has(item) && latest.has(item));
  }
}

function withProvisioningId(
  entity: Entity,
  record?: ProvisioningRecord,
): Entity {
  if (!record) return entity;
  return deepMerge(entity, {
    metadata: {
      annotations: { [ANNOTATION_SOVEREIGN_CLOUD_PROVISIONING_ID]: record.id },
    },
  });
}

function provisioning(entity: Entity, record: ProvisioningRecord): Entity {
  const where = declaredIdentity(record.entity)?.managementCluster;
  return deepMerge(withProvisioningId(entity, record), {
    spec: {
      status: {
        phase: 'Provisioning',
        message: where
          ? `Provisioning requested; waiting for the cluster to appear in management cluster ${where}`
          : 'Provisioning requested; waiting for the cluster to appear',
        lastTransitionTime: record.requestedAt,
      },
    },
  });
}

/**
 * One entity per cluster, whatever the number of sources that know it:
 * - a discovered cluster is merged with the configured cluster that names
 *   the same Cluster API object (or has the same entity name): configured
 *   fields win, except status and Kubernetes version, which are observed;
 *   a provisioning record for it is done and only leaves its id behind;
 * - a configured cluster nobody discovered keeps its declared facts, and
 *   shows `Provisioning` while a record for it is open;
 * - a record nothing else knows becomes its planned entity, `Provisioning`.
 * - an open decommissioning shows `Decommissioning` while discovery still
 *   shows the cluster or it is declared or recorded; once `decommissioned`,
 *   a declared cluster shows `Decommissioned` and a recorded one is dropped
 *   (unless a newer record asks for it again).
 * A second cluster with an entity name already taken is left out (reported).
 */
export function mergeClusterSources(sources: ClusterSources): MergedClusters {
  const declared = new Index(sources.declared);
  const records = new Index(sources.records);
  const taken = new Set<string>();
  const decommissions = newestDecommissions(sources.decommissions ?? []);
  const result: MergedClusters = {
    entities: [],
    conflicts: [],
    discoveredRefs: new Set(),
  };
  const add = (entity: Entity, describe: () => string) => {
    const key = refKey(entity);
    if (taken.has(key)) {
      result.conflicts.push(
        `${describe()} has the entity name ${key}, which another cluster already has`,
      );
      return;
    }
    taken.add(key);
    result.entities.push(entity);
  };

  for (const found of sources.discovered) {
    const config = declared.take(found.identity, found.entity);
    const record = records.take(
      found.identity,
      found.entity,
      ...(config ? [config.entity] : []),
    );
    let entity: Entity = found.entity;
    if (config) {
      entity = deepMerge(found.entity, config.entity);
      entity = deepMerge(entity, {
        spec: {
          status: found.entity.spec.status,
          distribution: { version: found.entity.spec.distribution.version },
        },
      });
    }
    entity = withProvisioningId(entity, record);
    result.discoveredRefs.add(refKey(entity));
    // Still there: a `decommissioned` change of it is outdated, only an open one shows.
    const change = decommissions.get(refKey(entity));
    if (change?.status === 'decommissioning') {
      entity = decommissioning(entity, change);
    }
    add(
      withSourceAnnotations(
        entity,
        'cluster-api',
        locationTargets.managementCluster(found.identity.managementCluster),
      ),
      () => `Cluster ${identityKey(found.identity)}`,
    );
  }

  for (const config of declared.unused()) {
    const record = records.take(declaredIdentity(config.entity), config.entity);
    let entity = record
      ? deepMerge(record.entity as Entity, config.entity)
      : config.entity;
    if (config.compact) entity = withCompactDefaults(entity);
    const change = decommissions.get(refKey(entity));
    if (change && !provisionedAgain(change, record)) {
      entity =
        change.status === 'decommissioning'
          ? decommissioning(entity, change)
          : decommissioned(entity, change);
    } else if (record) entity = provisioning(entity, record);
    add(
      withSourceAnnotations(entity, 'config', locationTargets.config()),
      () => `Configured cluster ${refKey(config.entity)}`,
    );
  }

  for (const record of records.unused()) {
    const found = decommissions.get(refKey(record.entity));
    const change =
      found && !provisionedAgain(found, record) ? found : undefined;
    // Gone from its management cluster: nothing left to show.
    if (change?.status === 'decommissioned') continue;
    add(
      withSourceAnnotations(
        change
          ? decommissioning(record.entity, change)
          : provisioning(record.entity, record),
        'provisioning',
        locationTargets.provisioning(record.id),
      ),
      () => `Provisioning record ${record.id}`,
    );
  }
  return result;
}
