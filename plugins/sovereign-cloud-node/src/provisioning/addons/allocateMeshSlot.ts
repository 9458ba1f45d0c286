import { ConflictError, InputError } from '@backstage/errors';
import { MeshSlot } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  blocksOverlap,
  formatIpv4Cidr,
  Ipv4Block,
  parseIpv4Cidr,
} from './cidr';

/**
 * What a mesh member already holds. Members that joined outside the suite
 * may be known only by their ranges, or only by their ID.
 * @public
 */
export type MeshSlotClaim = Partial<MeshSlot>;

/** Where {@link allocateMeshSlot} carves new ranges from. @public */
export interface MeshSlotOptions {
  /** Supernet for pod CIDRs. Default `10.0.0.0/9`. */
  podSupernet?: string;
  /** Prefix length of each cluster's pod CIDR. Default 17 (32 766 pod IPs, 256 clusters). */
  podPrefix?: number;
  /** Supernet for service CIDRs. Default `10.128.0.0/12`. */
  serviceSupernet?: string;
  /** Prefix length of each cluster's service CIDR. Default 20 (4 094 services). */
  servicePrefix?: number;
  /**
   * Highest cluster ID: 255 by default, 511 only when every member runs
   * Cilium with `clustermesh.maxConnectedClusters: 511` (reference §4.4).
   */
  maxClusterId?: 255 | 511;
  /** Ranges the cluster asks for instead of the next free ones; refused when they overlap a member's. */
  requested?: { podCidr?: string; serviceCidr?: string };
}

const DEFAULTS = {
  podSupernet: '10.0.0.0/9',
  podPrefix: 17,
  serviceSupernet: '10.128.0.0/12',
  servicePrefix: 20,
  maxClusterId: 255,
} as const;

/**
 * Picks the next free ClusterMesh slot: the lowest unused cluster ID in
 * 1..maxClusterId, and the first pod and service CIDRs inside the supernets
 * that overlap no range already used in the mesh (ClusterMesh needs
 * non-overlapping pod CIDRs; cross-cluster routing needs the same for
 * services). Pure: the caller stores the result with the mesh's records.
 *
 * @public
 */
export function allocateMeshSlot(
  used: ReadonlyArray<MeshSlotClaim>,
  options: MeshSlotOptions = {},
): MeshSlot {
  const settings = { ...DEFAULTS, ...options };
  if (settings.maxClusterId !== 255 && settings.maxClusterId !== 511) {
    throw new InputError(
      `maxClusterId: must be 255 or 511 (Cilium's maxConnectedClusters), got ${settings.maxClusterId}`,
    );
  }
  const podSupernet = parseOption('podSupernet', settings.podSupernet);
  const serviceSupernet = parseOption(
    'serviceSupernet',
    settings.serviceSupernet,
  );
  checkPrefix('podPrefix', settings.podPrefix, podSupernet);
  checkPrefix('servicePrefix', settings.servicePrefix, serviceSupernet);
  if (blocksOverlap(podSupernet, serviceSupernet)) {
    throw new InputError(
      `serviceSupernet: ${settings.serviceSupernet} overlaps podSupernet ${settings.podSupernet}`,
    );
  }

  const taken: Ipv4Block[] = [];
  const takenIds = new Set<number>();
  used.forEach((slot, index) => {
    if (slot.clusterId !== undefined) {
      if (!Number.isInteger(slot.clusterId)) {
        throw new InputError(
          `used[${index}].clusterId: must be an integer, got ${String(
            slot.clusterId,
          )}`,
        );
      }
      takenIds.add(slot.clusterId);
    }
    if (slot.podCidr !== undefined)
      taken.push(parseUsed(index, 'podCidr', slot.podCidr));
    if (slot.serviceCidr !== undefined)
      taken.push(parseUsed(index, 'serviceCidr', slot.serviceCidr));
  });

  let clusterId = 0;
  for (let id = 1; id <= settings.maxClusterId; id++) {
    if (!takenIds.has(id)) {
      clusterId = id;
      break;
    }
  }
  if (clusterId === 0) {
    throw new ConflictError(
      `All ${settings.maxClusterId} ClusterMesh cluster IDs are in use; the mesh cannot take another member`,
    );
  }

  const pod = settings.requested?.podCidr
    ? requestedRange('podCidr', settings.requested.podCidr, taken)
    : firstFree(podSupernet, settings.podPrefix, taken);
  if (!pod) {
    throw new ConflictError(
      `No free /${settings.podPrefix} pod CIDR left in ${settings.podSupernet}; widen podSupernet or use a longer podPrefix`,
    );
  }
  const service = settings.requested?.serviceCidr
    ? requestedRange('serviceCidr', settings.requested.serviceCidr, [
        ...taken,
        pod,
      ])
    : firstFree(serviceSupernet, settings.servicePrefix, [...taken, pod]);
  if (!service) {
    throw new ConflictError(
      `No free /${settings.servicePrefix} service CIDR left in ${settings.serviceSupernet}; widen serviceSupernet or use a longer servicePrefix`,
    );
  }
  return {
    clusterId,
    podCidr: formatIpv4Cidr(pod),
    serviceCidr: formatIpv4Cidr(service),
  };
}

/** First aligned block of `prefix` in `supernet` that overlaps nothing taken. */
function firstFree(
  supernet: Ipv4Block,
  prefix: number,
  taken: Ipv4Block[],
): Ipv4Block | undefined {
  const size = 2 ** (32 - prefix);
  const end = supernet.start + supernet.size;
  let start = supernet.start;
  while (start + size <= end) {
    const candidate = { start, prefix, size };
    const clash = taken.filter(block => blocksOverlap(block, candidate));
    if (clash.length === 0) return candidate;
    // Skip past the furthest clashing block, then realign.
    const after = Math.max(...clash.map(block => block.start + block.size));
    start = Math.ceil(after / size) * size;
  }
  return undefined;
}

function requestedRange(
  field: string,
  value: string,
  taken: Ipv4Block[],
): Ipv4Block {
  const block = parseOption(field, value);
  const clash = taken.find(other => blocksOverlap(other, block));
  if (clash) {
    throw new ConflictError(
      `${field}: ${value} overlaps ${formatIpv4Cidr(
        clash,
      )}, which a member of the mesh already uses`,
    );
  }
  return block;
}

function parseOption(field: string, value: string): Ipv4Block {
  try {
    return parseIpv4Cidr(value);
  } catch (error) {
    throw new InputError(`${field}: ${(error as Error).message}`);
  }
}

function parseUsed(index: number, field: string, value: string): Ipv4Block {
  try {
    return parseIpv4Cidr(value);
  } catch (error) {
    throw new InputError(
      `used[${index}].${field}: ${(error as Error).message}`,
    );
  }
}

function checkPrefix(field: string, prefix: number, supernet: Ipv4Block) {
  if (!Number.isInteger(prefix) || prefix < supernet.prefix || prefix > 32) {
    throw new InputError(
      `${field}: must be an integer between ${
        supernet.prefix
      } and 32, got ${String(prefix)}`,
    );
  }
}
