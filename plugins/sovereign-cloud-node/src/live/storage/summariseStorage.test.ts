import fc from 'fast-check';
import type { PersistentVolumeSummary } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { summariseStorage } from './summariseStorage';

const SEED = 20261130;
const LOCATIONS = ['fsn1', 'nbg1', 'de/fra'];

const volumeArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 8 }),
  storageClass: fc.constantFrom('ceph-block', 'longhorn', 'unknown-class'),
  backend: fc.constant('rook-ceph' as const),
  capacityBytes: fc.integer({ min: 0, max: 2 ** 40 }),
  placement: fc.record({
    locations: fc.subarray(LOCATIONS).map(l => [...l].sort()),
    how: fc.constant('node-affinity' as const),
  }),
}) as fc.Arbitrary<PersistentVolumeSummary>;

const classes = [
  {
    name: 'ceph-block',
    provisioner: 'rook-ceph.rbd.csi.ceph.com',
    backend: 'rook-ceph' as const,
    isDefault: true,
    allowVolumeExpansion: true,
    encryption: { encrypted: true, how: '' },
  },
  {
    name: 'longhorn',
    provisioner: 'driver.longhorn.io',
    backend: 'longhorn' as const,
    isDefault: false,
    allowVolumeExpansion: true,
    encryption: { encrypted: false, how: '' },
  },
];

describe('summariseStorage', () => {
  it('accounts for every byte once by class, by location and by encryption (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(volumeArb, { maxLength: 30 }), volumes => {
        const s = summariseStorage({ classes, volumes, claims: [], nodes: [] });
        const total = volumes.reduce((sum, v) => sum + v.capacityBytes, 0);
        const sum = (xs: { capacityBytes: number }[]) =>
          xs.reduce((n, x) => n + x.capacityBytes, 0);
        expect(s.capacityBytes).toBe(total);
        expect(sum(s.byClass)).toBe(total);
        expect(sum(s.byLocation)).toBe(total);
        const unknown = volumes
          .filter(v => v.storageClass === 'unknown-class')
          .reduce((n, v) => n + v.capacityBytes, 0);
        expect(s.encryptedBytes + s.unencryptedBytes + unknown).toBe(total);
        expect(s.byLocation.map(l => l.capacityBytes)).toEqual(
          [...s.byLocation.map(l => l.capacityBytes)].sort((a, b) => b - a),
        );
        expect(s.defaultClass).toBe('ceph-block');
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
