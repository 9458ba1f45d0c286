import fc from 'fast-check';
import { MeshSlot } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { allocateMeshSlot } from './allocateMeshSlot';
import { blocksOverlap, parseIpv4Cidr } from './cidr';

const SEED = 42;

describe('allocateMeshSlot', () => {
  it('gives the first member ID 1 and the first ranges of the supernets', () => {
    expect(allocateMeshSlot([])).toEqual({
      clusterId: 1,
      podCidr: '10.0.0.0/17',
      serviceCidr: '10.128.0.0/20',
    });
  });

  it('fills gaps: the lowest free ID and the first range clear of every used one', () => {
    const used: MeshSlot[] = [
      { clusterId: 1, podCidr: '10.0.0.0/17', serviceCidr: '10.128.0.0/20' },
      { clusterId: 3, podCidr: '10.1.0.0/17', serviceCidr: '10.128.32.0/20' },
      // imported cluster whose service range sits inside the pod supernet
      { clusterId: 4, podCidr: '172.20.0.0/16', serviceCidr: '10.0.128.0/18' },
    ];
    expect(allocateMeshSlot(used)).toEqual({
      clusterId: 2,
      podCidr: '10.1.128.0/17',
      serviceCidr: '10.128.16.0/20',
    });
  });

  it('honours custom supernets and prefixes', () => {
    expect(
      allocateMeshSlot(
        [
          {
            clusterId: 1,
            podCidr: '100.64.0.0/16',
            serviceCidr: '100.96.0.0/24',
          },
        ],
        {
          podSupernet: '100.64.0.0/11',
          podPrefix: 16,
          serviceSupernet: '100.96.0.0/16',
          servicePrefix: 24,
        },
      ),
    ).toEqual({
      clusterId: 2,
      podCidr: '100.65.0.0/16',
      serviceCidr: '100.96.1.0/24',
    });
  });

  it('says clearly when IDs or ranges are exhausted', () => {
    const full = Array.from({ length: 255 }, (_, i) => ({
      clusterId: i + 1,
      podCidr: `172.16.${i}.0/24`,
      serviceCidr: `172.17.${i}.0/24`,
    }));
    expect(() => allocateMeshSlot(full)).toThrow(
      'All 255 ClusterMesh cluster IDs are in use',
    );
    expect(() =>
      allocateMeshSlot(
        [
          {
            clusterId: 1,
            podCidr: '10.0.0.0/17',
            serviceCidr: '10.128.0.0/20',
          },
        ],
        { podSupernet: '10.0.0.0/17' },
      ),
    ).toThrow(/No free \/17 pod CIDR left in 10\.0\.0\.0\/17/);
  });

  it('names the bad field of the input', () => {
    expect(() =>
      allocateMeshSlot([
        { clusterId: 1, podCidr: '10.0.0.0/17', serviceCidr: 'nope' },
      ]),
    ).toThrow('used[0].serviceCidr: "nope" is not an IPv4 CIDR');
    expect(() => allocateMeshSlot([], { podPrefix: 4 })).toThrow(
      /podPrefix: must be an integer between 9 and 32/,
    );
    expect(() =>
      allocateMeshSlot([], { serviceSupernet: '10.64.0.0/12' }),
    ).toThrow(/serviceSupernet: 10\.64\.0\.0\/12 overlaps podSupernet/);
  });

  it('never hands out an overlapping range or a duplicate ID (property, fixed seed)', () => {
    const options = {
      podSupernet: '10.0.0.0/12',
      podPrefix: 16,
      serviceSupernet: '10.16.0.0/14',
      servicePrefix: 18,
    };
    // Existing members imported with arbitrary, possibly odd ranges inside 10.0.0.0/11.
    const importedSlot = fc
      .record({
        clusterId: fc.integer({ min: 1, max: 255 }),
        prefix: fc.integer({ min: 14, max: 24 }),
        offset: fc.nat(),
      })
      .map(({ clusterId, prefix, offset }) => {
        const size = 2 ** (32 - prefix);
        const slots = 2 ** 21 / size;
        const start = 10 * 2 ** 24 + (offset % slots) * size;
        return { clusterId, start, prefix };
      });
    fc.assert(
      fc.property(
        fc.array(importedSlot, { maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        (imported, joins) => {
          // Keep the imported set itself consistent (a valid mesh to start from).
          const used: MeshSlot[] = [];
          for (const item of imported) {
            const block = `${ipOf(item.start)}/${item.prefix}`;
            const candidate = parseIpv4Cidr(block);
            const clash = used.some(
              slot =>
                slot.clusterId === item.clusterId ||
                blocksOverlap(parseIpv4Cidr(slot.podCidr), candidate),
            );
            if (!clash) {
              used.push({
                clusterId: item.clusterId,
                podCidr: block,
                serviceCidr: `192.168.${used.length}.0/24`,
              });
            }
          }
          let exhausted: string | undefined;
          for (let i = 0; i < joins && !exhausted; i++) {
            try {
              used.push(allocateMeshSlot(used, options));
            } catch (error) {
              exhausted = String(error);
            }
          }
          // Running out of ranges is the only acceptable failure.
          expect(exhausted ?? 'No free').toMatch(/No free/);
          const ids = used.map(slot => slot.clusterId);
          expect(new Set(ids).size).toBe(ids.length);
          ids.forEach(id => expect(id).toBeGreaterThanOrEqual(1));
          const blocks = used.flatMap(slot => [
            parseIpv4Cidr(slot.podCidr),
            parseIpv4Cidr(slot.serviceCidr),
          ]);
          for (let a = 0; a < blocks.length; a++) {
            for (let b = a + 1; b < blocks.length; b++) {
              expect(blocksOverlap(blocks[a], blocks[b])).toBe(false);
            }
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

function ipOf(value: number): string {
  return [24, 16, 8, 0].map(s => Math.floor(value / 2 ** s) % 256).join('.');
}
