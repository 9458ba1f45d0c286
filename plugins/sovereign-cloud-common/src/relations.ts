import {
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';

/**
 * A SovereignCluster is hosted by the CloudProvider(s) its machines run at.
 * Reverse of {@link RELATION_HOSTS}.
 * @public
 */
export const RELATION_HOSTED_BY = 'hostedBy';

/**
 * A CloudProvider hosts SovereignClusters. Reverse of {@link RELATION_HOSTED_BY}.
 * @public
 */
export const RELATION_HOSTS = 'hosts';

/**
 * The relations the suite emits, each with its reverse; the catalog does not
 * add reverses by itself. Where Backstage has the relation, its constant is reused:
 * cluster `ownedBy` group, cluster `partOf` mesh, component `dependsOn` cluster.
 * @public
 */
export const SOVEREIGN_CLOUD_RELATIONS = {
  hostedBy: { type: RELATION_HOSTED_BY, reverse: RELATION_HOSTS },
  hosts: { type: RELATION_HOSTS, reverse: RELATION_HOSTED_BY },
  ownedBy: { type: RELATION_OWNED_BY, reverse: RELATION_OWNER_OF },
  partOf: { type: RELATION_PART_OF, reverse: RELATION_HAS_PART },
  dependsOn: { type: RELATION_DEPENDS_ON, reverse: RELATION_DEPENDENCY_OF },
} as const;
