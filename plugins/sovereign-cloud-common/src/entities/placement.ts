import { NodePool, SovereignClusterEntity } from './SovereignCluster';

/**
 * Where machines of a cluster run, with defaults applied.
 * @public
 */
export type ResolvedPlacement = {
  /** The CloudProvider reference as written (defaulted from `spec.provider`). */
  provider: string;
  /** The location id as written (defaulted from the first of `spec.locations`). */
  location: string;
};

/**
 * A node pool with provider and location defaulted from the cluster.
 * @public
 */
export type ResolvedNodePool = NodePool & ResolvedPlacement;

/**
 * The control plane with defaults applied and a split control plane expanded:
 * one placement per site (a single placement for the usual case).
 * @public
 */
export type ResolvedControlPlane = {
  managed: boolean;
  /** Total control-plane machines, when known. */
  replicas?: number;
  placements: (ResolvedPlacement & { replicas?: number })[];
};

/**
 * The node pools of a cluster with provider and location filled in.
 * @public
 */
export function resolveNodePools(
  cluster: SovereignClusterEntity,
): ResolvedNodePool[] {
  const { provider, locations } = cluster.spec;
  return cluster.spec.nodePools.map(pool => ({
    ...pool,
    provider: pool.provider ?? provider,
    location: pool.location ?? locations[0],
  }));
}

/**
 * The control plane of a cluster with provider and location filled in.
 * @public
 */
export function resolveControlPlane(
  cluster: SovereignClusterEntity,
): ResolvedControlPlane {
  const { provider, locations, controlPlane } = cluster.spec;
  const defaults = (p: { provider?: string; location?: string }) => ({
    provider: p.provider ?? provider,
    location: p.location ?? locations[0],
  });
  if (controlPlane.placements) {
    const placements = controlPlane.placements.map(p => ({
      ...defaults(p),
      replicas: p.replicas,
    }));
    return {
      managed: controlPlane.managed ?? false,
      replicas: placements.reduce((sum, p) => sum + p.replicas, 0),
      placements,
    };
  }
  return {
    managed: controlPlane.managed ?? false,
    replicas: controlPlane.replicas,
    placements: [
      { ...defaults(controlPlane), replicas: controlPlane.replicas },
    ],
  };
}
