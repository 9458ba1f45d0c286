import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  assessEdge,
  ClusterEvidence,
  componentEdgeOf,
  EdgeCluster,
  EdgePosture,
  placedWorkloadOf,
  preparePlacementFleet,
  providerName,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CatalogueSnapshot } from '../catalogue/ProviderCatalogueLoader';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The edge posture of a component over the clusters behind its entry point
 * (those it runs on that the caller can see), with those clusters as it
 * assessed them; undefined when it declares no entry point. Secret
 * encryption is read from the clusters' assessed evidence where there is
 * one, else from their declarations.
 */
export function edgePostureOf(input: {
  component: Entity;
  clusters: readonly SovereignClusterEntity[];
  snapshot: CatalogueSnapshot;
  evidence?: ReadonlyMap<string, ClusterEvidence>;
}): { posture: EdgePosture; clusters: EdgeCluster[] } | undefined {
  const { edge, problems } = componentEdgeOf(input.component);
  if (!edge) return undefined;
  const placed = placedWorkloadOf(input.component);
  const replicasOf = new Map(
    placed?.current.map(c => [c.entityRef, c.replicas]) ?? [],
  );
  const typeOf = new Map(
    input.snapshot.catalogue.providers.map(p => [
      providerName(p.metadata.name),
      p.spec.type,
    ]),
  );
  const fleet = preparePlacementFleet(
    input.clusters.map(entity => ({ entity })),
    { catalogue: input.snapshot.catalogue },
  );
  const clusters = fleet.clusters.map((view, i): EdgeCluster => {
    const entity = input.clusters[i];
    const entityRef = lower(stringifyEntityRef(entity));
    const declared = entity.spec.sovereignty?.keyManagement?.secretsEncryption;
    const secretsEncryption =
      input.evidence?.get(entityRef)?.secretsEncryption ??
      (declared
        ? { value: declared, provenance: 'declared' as const }
        : undefined);
    return {
      entityRef,
      name: entity.metadata.name,
      provider: providerName(entity.spec.provider),
      providers: view.providers,
      countries: [
        ...new Set(view.countries.filter((c): c is string => !!c)),
      ].sort(),
      replicas: replicasOf.get(entityRef) ?? 0,
      ...(secretsEncryption ? { secretsEncryption } : {}),
      anycastSite: view.providers.every(p => typeOf.get(p) === 'private-dc'),
    };
  });
  const posture = assessEdge({
    edge,
    clusters,
    providers: input.snapshot.providerFacts,
    minReplicas:
      placed?.workload.sovereignty?.survivesProviderLoss?.minReplicas,
    problems: [...problems],
  });
  return { posture, clusters };
}
