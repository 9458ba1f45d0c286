import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { getClusterRefsFromAnnotation } from '../../annotations';
import { SOVEREIGN_CLUSTER_KIND } from '../../entities/constants';
import { ComponentEdge, componentEdgeOf } from '../../edge/componentEdge';
import { PlacementWorkload } from '../workloadSchema';

/** Annotations a Component declares its placement needs with. @public */
export const PLACEMENT_ANNOTATIONS = {
  replicas: 'sovereign-cloud.io/replicas',
  allowedJurisdictions: 'sovereign-cloud.io/allowed-jurisdictions',
  minimumSeal: 'sovereign-cloud.io/minimum-seal',
  dataResidency: 'sovereign-cloud.io/data-residency',
  excludedProviders: 'sovereign-cloud.io/excluded-providers',
  survivesProviderLoss: 'sovereign-cloud.io/survives-provider-loss',
  volumeSize: 'sovereign-cloud.io/volume-size',
} as const;

/** Replicas per cluster when a component does not say. */
const DEFAULT_REPLICAS_PER_CLUSTER = 2;

/**
 * A workload that runs somewhere: what it needs and where it is now.
 * @public
 */
export type PlacedWorkload = {
  /** The component's entity ref. */
  entityRef: string;
  workload: PlacementWorkload;
  /** Replicas per cluster now, by SovereignCluster entity ref. */
  current: { entityRef: string; replicas: number }[];
  /** `catalog`: derived from the component's relations and annotations. */
  source: 'catalog' | 'placement-record';
  /** Annotations that could not be read; the workload is planned without them. */
  problems: string[];
  /** Its entry point, when it declares one (edge annotations). */
  edge?: ComponentEdge;
};

const list = (value: string) =>
  value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);

/** `100Gi`, `1Ti`, `500Mi` → GiB. */
function gibOf(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(Mi|Gi|Ti)$/.exec(value.trim());
  if (!match) return undefined;
  const factor = { Mi: 1 / 1024, Gi: 1, Ti: 1024 }[
    match[2] as 'Mi' | 'Gi' | 'Ti'
  ];
  return Number(match[1]) * factor;
}

/** The SovereignClusters a component depends on or names in its cluster annotation. */
function clustersOf(component: Entity): string[] {
  const refs = new Set<string>();
  for (const value of (component.spec?.dependsOn as string[] | undefined) ??
    []) {
    try {
      const ref = parseEntityRef(value, { defaultNamespace: 'default' });
      if (ref.kind.toLocaleLowerCase('en-US') === 'sovereigncluster') {
        refs.add(stringifyEntityRef(ref).toLocaleLowerCase('en-US'));
      }
    } catch {
      // Not a reference; the catalog reports it already.
    }
  }
  for (const ref of getClusterRefsFromAnnotation(component).refs) {
    refs.add(
      stringifyEntityRef({
        ...ref,
        kind: SOVEREIGN_CLUSTER_KIND,
      }).toLocaleLowerCase('en-US'),
    );
  }
  return [...refs].sort();
}

/**
 * Reads where a Component runs (its `dependsOn` SovereignClusters and the
 * `sovereign-cloud.io/cluster` annotation) and what it needs (the
 * {@link PLACEMENT_ANNOTATIONS}). Undefined when it runs on no cluster.
 * A bad annotation is reported in `problems`, never thrown.
 * @public
 */
export function placedWorkloadOf(
  component: Entity,
): PlacedWorkload | undefined {
  const clusters = clustersOf(component);
  if (clusters.length === 0) return undefined;
  const annotations = component.metadata.annotations ?? {};
  const { edge, problems } = componentEdgeOf(component);
  const read = <T>(
    key: string,
    parse: (value: string) => T | undefined,
    expected: string,
  ): T | undefined => {
    const value = annotations[key];
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) {
      problems.push(`${key}: ${expected}, got ${JSON.stringify(value)}`);
    }
    return parsed;
  };
  const positive = (v: string) =>
    /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : undefined;

  const replicas =
    read(
      PLACEMENT_ANNOTATIONS.replicas,
      positive,
      'must be a positive integer',
    ) ?? clusters.length * DEFAULT_REPLICAS_PER_CLUSTER;
  const minReplicas = read(
    PLACEMENT_ANNOTATIONS.survivesProviderLoss,
    positive,
    'must be the replicas that must survive, a positive integer',
  );
  const sizeGiB = read(
    PLACEMENT_ANNOTATIONS.volumeSize,
    gibOf,
    'must be a size like 100Gi',
  );
  const jurisdictions = annotations[PLACEMENT_ANNOTATIONS.allowedJurisdictions];
  const residency = annotations[PLACEMENT_ANNOTATIONS.dataResidency];
  const excluded = annotations[PLACEMENT_ANNOTATIONS.excludedProviders];
  const minimumSeal = annotations[PLACEMENT_ANNOTATIONS.minimumSeal];

  // Even split, the first clusters taking the remainder.
  const current = clusters.map((entityRef, i) => ({
    entityRef,
    replicas:
      Math.floor(replicas / clusters.length) +
      (i < replicas % clusters.length ? 1 : 0),
  }));
  const sovereignty: NonNullable<PlacementWorkload['sovereignty']> = {
    ...(jurisdictions ? { allowedJurisdictions: list(jurisdictions) } : {}),
    ...(residency ? { dataResidency: list(residency) } : {}),
    ...(excluded ? { excludedProviders: list(excluded) } : {}),
    ...(minimumSeal ? { minimumSeal: minimumSeal as never } : {}),
    ...(minReplicas ? { survivesProviderLoss: { minReplicas } } : {}),
  };
  return {
    entityRef: stringifyEntityRef(component).toLocaleLowerCase('en-US'),
    workload: {
      name: component.metadata.name,
      replicas,
      ...(sizeGiB ? { volumes: [{ name: 'data', sizeGiB }] } : {}),
      placement: {
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
          weightPreference: { dynamicWeight: 'AvailableReplicas' },
        },
      },
      ...(Object.keys(sovereignty).length ? { sovereignty } : {}),
    },
    current,
    source: 'catalog',
    problems,
    ...(edge ? { edge } : {}),
  };
}
