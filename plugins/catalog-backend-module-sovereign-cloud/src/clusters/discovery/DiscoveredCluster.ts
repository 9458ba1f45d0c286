import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Where a Cluster API `Cluster` lives: management cluster (config name), namespace, name. */
export interface ClusterApiIdentity {
  managementCluster: string;
  namespace: string;
  name: string;
}

/** A `SovereignCluster` built from Cluster API objects. */
export interface DiscoveredCluster {
  entity: SovereignClusterEntity;
  identity: ClusterApiIdentity;
}

/** Compares identities the way Kubernetes and entity names compare: case-insensitively. */
export function identityKey(identity: ClusterApiIdentity): string {
  return `${identity.managementCluster}/${identity.namespace}/${identity.name}`.toLocaleLowerCase(
    'en-US',
  );
}
