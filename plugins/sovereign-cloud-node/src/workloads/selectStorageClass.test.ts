import { selectStorageClass } from './selectStorageClass';
import { testClusterEntity } from './testFleet';

const cluster = testClusterEntity({
  name: 'c1',
  provider: 'hetzner',
  location: 'fsn1',
  country: 'DE',
  storage: {
    replication: 2,
    classes: [
      { name: 'z-fast', replication: 3, encrypted: true },
      { name: 'standard', default: true },
      { name: 'a-triple', replication: 3 },
      {
        name: 'triple-default-encrypted',
        replication: 3,
        encrypted: true,
        default: false,
      },
    ],
  },
});

describe('selectStorageClass', () => {
  it('takes the default class when the volume asks nothing', () => {
    expect(selectStorageClass(cluster, { name: 'v' }, 'c1')).toBe('standard');
  });

  it('takes the first class by name among those that fit', () => {
    expect(
      selectStorageClass(
        cluster,
        { name: 'v', storage: { replication: 3 } },
        'c1',
      ),
    ).toBe('a-triple');
    expect(
      selectStorageClass(
        cluster,
        { name: 'v', storage: { replication: 3, encrypted: true } },
        'c1',
      ),
    ).toBe('triple-default-encrypted');
  });

  it('prefers the default class when it fits', () => {
    expect(
      selectStorageClass(
        cluster,
        { name: 'v', storage: { replication: 2 } },
        'c1',
      ),
    ).toBe('standard');
  });

  it('inherits the cluster replication for classes that do not set it', () => {
    expect(() =>
      selectStorageClass(
        {
          ...cluster,
          spec: {
            ...cluster.spec,
            storage: {
              backend: 'longhorn',
              classes: [{ name: 'x', default: true }],
            },
          },
        },
        { name: 'v', storage: { replication: 2 } },
        'c1',
      ),
    ).toThrow('classes: x (replication unknown, default)');
  });

  it('names the cluster and volume when nothing fits or no classes are declared', () => {
    expect(() =>
      selectStorageClass(
        cluster,
        { name: 'v', storage: { replication: 4 } },
        'c1',
      ),
    ).toThrow(
      'clusters[c1].spec.storage.classes: no storage class on cluster "c1" fits volume "v" (wants replication ≥ 4)',
    );
    const bare = testClusterEntity({
      name: 'c2',
      provider: 'ionos',
      location: 'de/txl',
      country: 'DE',
    });
    expect(() => selectStorageClass(bare, { name: 'logs' }, 'c2')).toThrow(
      'no storage class on cluster "c2" fits volume "logs" (wants the default class); classes: none declared',
    );
  });
});
