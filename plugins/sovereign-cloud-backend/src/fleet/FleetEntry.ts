import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  evidenceFromEntity,
  ProviderCatalogue,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { clusterFactsOf } from '../assessment/clusterFacts';
import { AssessmentSummaryRow, ClusterFacts } from '../assessment/types';

/** What the catalog says about a cluster, as the fleet shows it. */
export interface FleetCluster {
  /** Lower-case entity reference, the key everywhere. */
  entityRef: string;
  name: string;
  title?: string;
  owner?: string;
  /** Entity reference of the mesh (`resource:default/eu-core`). */
  mesh?: string;
  phase?: string;
  /** From the declared facts, until an assessment observes more. */
  declared: ClusterFacts;
}

/** One row of the fleet index: the cluster and its latest assessment, if any. */
export interface FleetEntry {
  cluster: FleetCluster;
  assessment?: AssessmentSummaryRow;
}

/** `eu-core`, `resource:eu-core` and `resource:default/eu-core` all name the same mesh. */
export function meshRefOf(
  value: string,
  defaultNamespace = 'default',
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind: 'resource', defaultNamespace }),
    );
  } catch {
    return undefined;
  }
}

/** The fleet's view of a SovereignCluster entity. */
export function fleetClusterOf(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
): FleetCluster {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = entity.spec ?? ({} as SovereignClusterEntity['spec']);
  const primary =
    (spec.provider && catalogue.find(spec.provider)?.metadata.name) ??
    spec.provider;
  let declared: ClusterFacts;
  try {
    declared = clusterFactsOf(evidenceFromEntity(entity, catalogue), primary);
  } catch {
    // A spec the catalog should have rejected: show the cluster with what is certain.
    declared = {
      providers: primary ? [primary] : [],
      countries: [],
      vcpu: 0,
      vcpuByProvider: {},
    };
  }
  const mesh = spec.network?.mesh
    ? meshRefOf(spec.network.mesh, namespace)
    : undefined;
  return {
    entityRef: stringifyEntityRef(entity),
    name: entity.metadata.name,
    ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
    ...(typeof spec.owner === 'string' ? { owner: spec.owner } : {}),
    ...(mesh ? { mesh } : {}),
    ...(spec.status?.phase ? { phase: spec.status.phase } : {}),
    declared,
  };
}

/** A cluster known only from a stored assessment (before the catalog was read). */
export function fleetClusterFromAssessment(
  row: AssessmentSummaryRow,
): FleetCluster {
  let name = row.entityRef;
  try {
    name = parseEntityRef(row.entityRef).name;
  } catch {
    // keep the reference
  }
  return { entityRef: row.entityRef, name, declared: row.summary };
}
