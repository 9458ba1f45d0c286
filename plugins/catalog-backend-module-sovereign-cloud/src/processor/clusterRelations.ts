import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CloudProviderEntity,
  parseCloudProviderRef,
  SOVEREIGN_CLOUD_RELATIONS,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { RelationPair } from './emitRelationPair';

/** One relation from the entity being processed to a target. */
export interface OutgoingRelation {
  pair: RelationPair;
  target: CompoundEntityRef;
}

const byKey = (relations: OutgoingRelation[]) => {
  const seen = new Set<string>();
  return relations.filter(({ pair, target }) => {
    const key = `${pair.type}:${stringifyEntityRef(target)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * The relations of a valid SovereignCluster: hosted by the provider of the
 * cluster and of every placement and pool, owned by its owner, part of its
 * mesh and system. References without namespace resolve in the cluster's
 * namespace, except providers, which form one shared catalogue.
 */
export function clusterRelations(
  cluster: SovereignClusterEntity,
): OutgoingRelation[] {
  const namespace = cluster.metadata.namespace ?? 'default';
  const { spec } = cluster;
  const relations: OutgoingRelation[] = [];

  const providers = [
    spec.provider,
    spec.controlPlane.provider,
    ...(spec.controlPlane.placements ?? []).map(p => p.provider),
    ...spec.nodePools.map(p => p.provider),
  ].filter((ref): ref is string => typeof ref === 'string');
  for (const ref of providers) {
    relations.push({
      pair: SOVEREIGN_CLOUD_RELATIONS.hostedBy,
      target: parseCloudProviderRef(ref),
    });
  }

  relations.push({
    pair: SOVEREIGN_CLOUD_RELATIONS.ownedBy,
    target: parseEntityRef(spec.owner, {
      defaultKind: 'Group',
      defaultNamespace: namespace,
    }),
  });
  if (spec.network.mesh) {
    relations.push({
      pair: SOVEREIGN_CLOUD_RELATIONS.partOf,
      target: parseEntityRef(spec.network.mesh, {
        defaultKind: 'Resource',
        defaultNamespace: namespace,
      }),
    });
  }
  if (spec.system) {
    relations.push({
      pair: SOVEREIGN_CLOUD_RELATIONS.partOf,
      target: parseEntityRef(spec.system, {
        defaultKind: 'System',
        defaultNamespace: namespace,
      }),
    });
  }
  return byKey(relations);
}

/** The relations of a valid CloudProvider: its owner, when it names one. */
export function providerRelations(
  provider: CloudProviderEntity,
): OutgoingRelation[] {
  if (!provider.spec.owner) return [];
  return [
    {
      pair: SOVEREIGN_CLOUD_RELATIONS.ownedBy,
      target: parseEntityRef(provider.spec.owner, {
        defaultKind: 'Group',
        defaultNamespace: provider.metadata.namespace ?? 'default',
      }),
    },
  ];
}
