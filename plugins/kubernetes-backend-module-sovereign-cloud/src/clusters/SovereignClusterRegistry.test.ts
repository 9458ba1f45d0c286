import { Entity } from '@backstage/catalog-model';
import { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { CapturingLogger } from '../__testUtils__/CapturingLogger';
import { sovereignCluster } from '../__testUtils__/entities';
import { ClusterBuilder } from './SovereignClusterDetailsBuilder';
import { SovereignClusterRegistry } from './SovereignClusterRegistry';

function details(name: string, namespace = 'default'): ClusterDetails {
  return {
    name,
    url: `https://api.${name}.example.eu`,
    authMetadata: {
      'kubernetes.io/auth-provider': 'oidc',
      'sovereign-cloud.io/cluster-ref': `sovereigncluster:${namespace}/${name}`,
    },
  };
}

/** Builds a cluster from `spec.access.ok`, skips `spec.access.bad`, throws on `spec.access.explode`. */
const builder: ClusterBuilder = {
  async build(entity: Entity) {
    const access = entity.spec?.access as Record<string, unknown> | undefined;
    if (!access) return { type: 'ignored' };
    if (access.explode) throw new Error('kaboom');
    if (access.bad) return { type: 'skipped', reason: String(access.bad) };
    return {
      type: 'cluster',
      cluster: details(entity.metadata.name, entity.metadata.namespace),
    };
  },
};

describe('SovereignClusterRegistry', () => {
  let entities: Entity[];
  let list: jest.Mock<Promise<Entity[]>, []>;
  let logger: CapturingLogger;
  let now: number;
  let registry: SovereignClusterRegistry;

  beforeEach(() => {
    entities = [
      sovereignCluster('eu-a', { ok: true }),
      sovereignCluster('eu-b', { ok: true }),
    ];
    list = jest.fn(async () => entities);
    logger = CapturingLogger.create();
    now = 0;
    registry = SovereignClusterRegistry.create({
      source: { list },
      builder,
      logger,
      retryAfterMs: 10_000,
      now: () => now,
    });
  });

  const names = async () => (await registry.clusters()).map(c => c.name);

  it('loads on first use and serves from the cache afterwards', async () => {
    expect(await names()).toEqual(['eu-a', 'eu-b']);
    expect(await names()).toEqual(['eu-a', 'eu-b']);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between concurrent callers', async () => {
    await Promise.all([
      registry.refresh(),
      registry.refresh(),
      registry.clusters(),
    ]);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('skips a bad entity, logs it, and keeps the others', async () => {
    entities.push(
      sovereignCluster('broken', { bad: 'spec.access.apiServer is missing' }),
      sovereignCluster('crashing', { explode: true }),
      sovereignCluster('no-access', undefined),
    );
    expect(await names()).toEqual(['eu-a', 'eu-b']);
    expect(logger.messages('warn')).toEqual([
      'Skipping sovereigncluster:default/broken: spec.access.apiServer is missing',
      'Skipping sovereigncluster:default/crashing: unexpected error: kaboom',
    ]);
  });

  it('warns about a problem once, and again only after it was fixed and came back', async () => {
    entities.push(sovereignCluster('broken', { bad: 'no URL' }));
    await registry.refresh();
    await registry.refresh();
    expect(logger.messages('warn')).toHaveLength(1);

    entities.pop();
    await registry.refresh();
    entities.push(sovereignCluster('broken', { bad: 'no URL' }));
    await registry.refresh();
    expect(logger.messages('warn')).toHaveLength(2);
  });

  it('keeps the last good list when the catalog fails', async () => {
    await registry.refresh();
    list.mockRejectedValueOnce(new Error('catalog unavailable'));
    await expect(registry.refresh()).resolves.toBeUndefined();
    expect(await names()).toEqual(['eu-a', 'eu-b']);
    expect(logger.messages('error')).toEqual([
      'Could not read SovereignCluster entities from the catalog; keeping the 2 cluster(s) of the last successful refresh: catalog unavailable',
    ]);

    entities.pop();
    await registry.refresh();
    expect(await names()).toEqual(['eu-a']);
  });

  it('retries a failed first load on use, at most once per retry interval', async () => {
    list.mockRejectedValueOnce(new Error('catalog not up yet'));
    expect(await names()).toEqual([]);
    now = 5_000;
    expect(await names()).toEqual([]);
    expect(list).toHaveBeenCalledTimes(1);
    now = 10_000;
    expect(await names()).toEqual(['eu-a', 'eu-b']);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('keeps one cluster per name across namespaces, the first by entity ref', async () => {
    entities = [
      sovereignCluster('eu-a', { ok: true }, { namespace: 'payments' }),
      sovereignCluster('eu-a', { ok: true }),
    ];
    const clusters = await registry.clusters();
    expect(
      clusters.map(c => c.authMetadata['sovereign-cloud.io/cluster-ref']),
    ).toEqual(['sovereigncluster:default/eu-a']);
    expect(logger.messages('warn')).toEqual([
      "Skipping sovereigncluster:payments/eu-a: cluster name 'eu-a' is already used by sovereigncluster:default/eu-a",
    ]);
  });
});
