import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { isError } from '@backstage/errors';
import {
  assessCluster,
  assessMesh,
  ClusterEvidence,
  CloudProviderEntity,
  createProviderCatalogue,
  defaultCloudProviders,
  evidenceFromEntity,
  mergeCloudProviders,
  PostureReport,
  ProviderCatalogue,
  ProviderFacts,
  providerFactsFromCatalogue,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CliInputError } from '../../errors';
import { ClusterSource, FleetEntities } from './collectEntities';
import { locationOf } from './readDocuments';

/** The posture of one cluster, as assessed from its declared facts. */
export interface ClusterPosture {
  entityRef: string;
  title?: string;
  /** Where the entity was read. */
  location: string;
  report: PostureReport;
}

/** The posture of clusters joined in one mesh. */
export interface MeshPostureSummary {
  entityRef: string;
  title?: string;
  clusters: string[];
  report: PostureReport;
  survivesLossOfAnyProvider: boolean;
}

/** Everything the posture command assessed. */
export interface FleetPosture {
  profile: WeightProfile;
  clusters: ClusterPosture[];
  meshes: MeshPostureSummary[];
}

/** `eu-core`, `resource:eu-core` and `resource:default/eu-core` name one mesh. */
export function meshRefOf(
  value: string,
  defaultNamespace: string,
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind: 'resource', defaultNamespace }),
    );
  } catch {
    return undefined;
  }
}

/**
 * The shipped provider catalogue with the files' CloudProviders merged in
 * by name (a file's entry replaces the shipped one), as the catalog module
 * does with its config overrides, and the facts the engine reads of each.
 */
export function providerCatalogueOf(overrides: CloudProviderEntity[]): {
  catalogue: ProviderCatalogue;
  facts: ProviderFacts[];
} {
  const catalogue = createProviderCatalogue(
    mergeCloudProviders(defaultCloudProviders(), overrides),
  );
  // Nodes name providers by metadata.name: one set of facts per name.
  const byName = new Map<string, ProviderFacts>();
  for (const entity of catalogue.providers) {
    try {
      byName.set(entity.metadata.name, providerFactsFromCatalogue(entity));
    } catch (error) {
      throw new CliInputError(
        `CloudProvider "${entity.metadata.name}": cannot derive its facts: ${
          isError(error) ? error.message : String(error)
        }`,
      );
    }
  }
  return { catalogue, facts: [...byName.values()] };
}

function assessOne(
  cluster: ClusterSource,
  evidence: ClusterEvidence,
  facts: ProviderFacts[],
  profile: WeightProfile,
): PostureReport {
  try {
    return assessCluster({ cluster: evidence, providers: facts, profile });
  } catch (error) {
    // Declared facts the engine rejects (a validator gap): name the entity.
    throw new CliInputError(
      `${locationOf(cluster.source)} (${cluster.entityRef}): ${
        isError(error) ? error.message : String(error)
      }`,
    );
  }
}

/**
 * Assesses every cluster from its declared facts (as the backend does
 * before any evidence is observed), and every mesh that two or more of the
 * clusters share through `spec.network.mesh`.
 */
export function assessFleet(
  fleet: FleetEntities,
  profile: WeightProfile,
): FleetPosture {
  const { catalogue, facts } = providerCatalogueOf(fleet.providers);
  const assessed = fleet.clusters.map(cluster => {
    const evidence = evidenceFromEntity(cluster.entity, catalogue);
    return {
      cluster,
      evidence,
      posture: {
        entityRef: cluster.entityRef,
        title: cluster.entity.metadata.title,
        location: locationOf(cluster.source),
        report: assessOne(cluster, evidence, facts, profile),
      } as ClusterPosture,
    };
  });

  const byMesh = new Map<string, typeof assessed>();
  for (const item of assessed) {
    const mesh = item.cluster.entity.spec.network.mesh;
    const ref = mesh
      ? meshRefOf(mesh, item.cluster.entity.metadata.namespace ?? 'default')
      : undefined;
    if (ref) byMesh.set(ref, [...(byMesh.get(ref) ?? []), item]);
  }
  const titles = new Map(
    fleet.meshes.map(m => [stringifyEntityRef(m), m.metadata.title]),
  );
  const meshes: MeshPostureSummary[] = [];
  for (const [ref, members] of [...byMesh].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    if (members.length < 2) continue;
    const mesh = assessMesh({
      mesh: ref,
      clusters: members.map(m => m.evidence),
      providers: facts,
      profile,
    });
    meshes.push({
      entityRef: ref,
      title: titles.get(ref),
      clusters: members.map(m => m.cluster.entityRef),
      report: mesh.report,
      survivesLossOfAnyProvider: mesh.survivesLossOfAnyProvider,
    });
  }
  return {
    profile,
    clusters: assessed.map(a => a.posture),
    meshes,
  };
}
