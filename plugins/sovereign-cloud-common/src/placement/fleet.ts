import { compareNames } from './compareNames';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ProviderCatalogue,
  findProviderLocation,
} from '../catalogue/ProviderCatalogue';
import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { parseCloudProviderRef } from '../entities/references';
import { SealLevel } from '../entities/vocabulary';
import { KarmadaClusterView, KarmadaTaint } from './karmadaTypes';
import { PlacementInputError } from './PlacementInputError';

/** Annotation naming the cluster's member name in Karmada (defaults to the entity name). @public */
export const ANNOTATION_KARMADA_MEMBER = 'sovereign-cloud.io/karmada-member';

/**
 * A SovereignCluster offered to the planner, with what the catalog does not
 * hold: its assessed SEAL level, free capacity, Karmada taints.
 * @public
 */
export type PlacementClusterInput = {
  entity: SovereignClusterEntity;
  /** SEAL level from the posture engine. */
  seal?: SealLevel;
  /** Free allocatable capacity; absent = not estimated (no capacity limit). */
  capacity?: { cpuMilli?: number; memoryMiB?: number; pods?: number };
  /** `spec.taints` of the Karmada Cluster object. */
  taints?: KarmadaTaint[];
  /** Countries the cluster's machines and data are in; derived from the catalogue when absent. */
  countries?: string[];
};

/** A cluster reduced to what the planner reads, computed once per fleet. @public */
export type PlacementFleetCluster = {
  view: KarmadaClusterView;
  entityRef: string;
  /** Provider names of the control plane and every node pool (normalised). */
  providers: string[];
  /** Country per location; undefined where the catalogue does not know it. */
  countries: (string | undefined)[];
  kmsCountry?: string;
  hasStorage: boolean;
  decommissioning: boolean;
  seal?: SealLevel;
  capacity?: PlacementClusterInput['capacity'];
};

/** @public */
export type PlacementFleet = {
  /** By member name. */
  readonly clusters: readonly PlacementFleetCluster[];
  readonly byName: ReadonlyMap<string, PlacementFleetCluster>;
};

/** `cloudprovider:default/ionos` → `ionos`; malformed references stay as written. */
export function providerName(ref: string): string {
  try {
    return parseCloudProviderRef(ref).name.toLocaleLowerCase('en-US');
  } catch {
    return ref.toLocaleLowerCase('en-US');
  }
}

function countriesOf(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue | undefined,
): (string | undefined)[] {
  const sites = new Set<string>();
  for (const location of entity.spec.locations)
    sites.add(`${entity.spec.provider}\n${location}`);
  for (const pool of entity.spec.nodePools) {
    sites.add(
      `${pool.provider ?? entity.spec.provider}\n${
        pool.location ?? entity.spec.locations[0]
      }`,
    );
  }
  return [...sites].map(site => {
    const [provider, location] = site.split('\n');
    const entry = catalogue?.find(provider);
    return entry && findProviderLocation(entry, location)?.country;
  });
}

function toFleetCluster(
  input: PlacementClusterInput,
  catalogue: ProviderCatalogue | undefined,
): PlacementFleetCluster {
  const { entity } = input;
  const spec = entity.spec;
  const name =
    entity.metadata.annotations?.[ANNOTATION_KARMADA_MEMBER] ??
    entity.metadata.name;
  const provider = providerName(spec.provider);
  const providers = new Set([provider]);
  for (const pool of spec.nodePools)
    if (pool.provider) providers.add(providerName(pool.provider));
  const phase = spec.status?.phase;
  return {
    view: {
      name,
      labels: entity.metadata.labels ?? {},
      provider,
      region: spec.locations[0],
      zones: [...spec.locations],
      taints: input.taints ?? [],
    },
    entityRef: stringifyEntityRef(entity),
    providers: [...providers].sort(),
    countries: input.countries ?? countriesOf(entity, catalogue),
    kmsCountry: spec.sovereignty?.keyManagement?.kms?.country,
    hasStorage: spec.storage !== undefined,
    decommissioning: phase === 'Decommissioning' || phase === 'Decommissioned',
    seal: input.seal,
    capacity: input.capacity,
  };
}

/**
 * Maps SovereignClusters to the planner's cluster views once, so many
 * workloads can be planned over the same fleet. Member names must be unique.
 * @public
 */
export function preparePlacementFleet(
  clusters: readonly PlacementClusterInput[],
  options: { catalogue?: ProviderCatalogue } = {},
): PlacementFleet {
  const byName = new Map<string, PlacementFleetCluster>();
  const list = clusters.map((input, index) => {
    if (!input?.entity?.spec || !input.entity.metadata?.name) {
      throw new PlacementInputError(
        `clusters[${index}].entity`,
        'must be a SovereignCluster entity',
      );
    }
    const cluster = toFleetCluster(input, options.catalogue);
    if (byName.has(cluster.view.name)) {
      throw new PlacementInputError(
        `clusters[${index}]`,
        `member name "${cluster.view.name}" is used by another cluster`,
      );
    }
    byName.set(cluster.view.name, cluster);
    return cluster;
  });
  // Name order makes every plan independent of the input order.
  list.sort((a, b) => compareNames(a.view.name, b.view.name));
  return { clusters: list, byName };
}
