import { exampleSovereignCluster } from '../schema/examples';
import { mutate } from '../testing/mutate';
import { resolveControlPlane, resolveNodePools } from './placement';
import { SovereignClusterEntity } from './SovereignCluster';

describe('placement defaults', () => {
  it('fill pool provider and location from the cluster', () => {
    expect(
      resolveNodePools(exampleSovereignCluster).map(
        ({ name, provider, location }) => ({
          name,
          provider,
          location,
        }),
      ),
    ).toEqual([
      { name: 'ionos-workers', provider: 'ionos', location: 'de/fra' },
      { name: 'scaleway-workers', provider: 'scaleway', location: 'fr-par-1' },
    ]);
  });

  it('expand a split control plane', () => {
    expect(resolveControlPlane(exampleSovereignCluster)).toEqual({
      managed: false,
      replicas: 3,
      placements: [
        { provider: 'ionos', location: 'de/fra', replicas: 2 },
        { provider: 'scaleway', location: 'fr-par-1', replicas: 1 },
      ],
    });
  });

  it('resolve the usual single-site control plane', () => {
    const cluster = mutate(exampleSovereignCluster, c => {
      c.spec.controlPlane = { replicas: 3 };
    }) as SovereignClusterEntity;
    expect(resolveControlPlane(cluster)).toEqual({
      managed: false,
      replicas: 3,
      placements: [{ provider: 'ionos', location: 'de/fra', replicas: 3 }],
    });
  });
});
