import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CLOUD_PROVIDER_KIND,
  CloudProviderEntity,
  EntityValidationResult,
  formatValidationProblem,
  isClusterMesh,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
  validateCloudProvider,
  validateSovereignCluster,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CliInputError } from '../../errors';
import { locationOf, SourceDocument } from './readDocuments';

/** A validated cluster and where it was read. */
export interface ClusterSource {
  entity: SovereignClusterEntity;
  entityRef: string;
  source: SourceDocument;
}

/** The entities the posture command reads from the files. */
export interface FleetEntities {
  clusters: ClusterSource[];
  /** CloudProviders that replace or add to the shipped catalogue. */
  providers: CloudProviderEntity[];
  /** `Resource` entities of `spec.type: cluster-mesh`. */
  meshes: Entity[];
  /** Documents that were not used, and why. */
  ignored: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameKind = (value: Record<string, unknown>, kind: string) =>
  typeof value.kind === 'string' &&
  value.kind.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US');

function describeDocument(value: Record<string, unknown>): string {
  const kind = typeof value.kind === 'string' ? value.kind : 'no kind';
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return typeof metadata.name === 'string'
    ? `${kind} "${metadata.name}"`
    : kind;
}

/**
 * Sorts the documents into clusters, providers and meshes, validating
 * clusters and providers with the suite's validators. Every invalid
 * document is reported at once, naming the file, document and field.
 */
export function collectEntities(
  documents: readonly SourceDocument[],
): FleetEntities {
  const fleet: FleetEntities = {
    clusters: [],
    providers: [],
    meshes: [],
    ignored: [],
  };
  const problems: string[] = [];
  const seen = new Map<string, SourceDocument>();

  const check = <T>(
    source: SourceDocument,
    value: Record<string, unknown>,
    result: EntityValidationResult<T>,
  ): T | undefined => {
    if (result.valid) return result.entity;
    for (const problem of result.problems) {
      problems.push(
        `${locationOf(source)} (${describeDocument(
          value,
        )}): ${formatValidationProblem(problem)}`,
      );
    }
    return undefined;
  };

  for (const source of documents) {
    const value = source.value;
    if (!isRecord(value)) {
      fleet.ignored.push(`${locationOf(source)}: not an entity`);
      continue;
    }
    if (sameKind(value, SOVEREIGN_CLUSTER_KIND)) {
      const entity = check(source, value, validateSovereignCluster(value));
      if (!entity) continue;
      const entityRef = stringifyEntityRef(entity);
      const earlier = seen.get(entityRef);
      if (earlier) {
        problems.push(
          `${locationOf(source)} (${describeDocument(
            value,
          )}): duplicate of ${entityRef} in ${locationOf(earlier)}`,
        );
        continue;
      }
      seen.set(entityRef, source);
      fleet.clusters.push({ entity, entityRef, source });
    } else if (sameKind(value, CLOUD_PROVIDER_KIND)) {
      const entity = check(source, value, validateCloudProvider(value));
      if (entity) fleet.providers.push(entity);
    } else if (isClusterMesh(value as unknown as Entity)) {
      fleet.meshes.push(value as unknown as Entity);
    } else {
      fleet.ignored.push(
        `${locationOf(source)}: ${describeDocument(value)} is not used`,
      );
    }
  }

  if (problems.length > 0) {
    throw new CliInputError(
      `Invalid entities, nothing was assessed:\n${problems
        .map(p => `- ${p}`)
        .join('\n')}`,
    );
  }
  return fleet;
}
