import ipaddr from 'ipaddr.js';

/** An IPv4 block as a half-open integer range `[start, start + size)`. */
export interface Ipv4Block {
  start: number;
  prefix: number;
  size: number;
}

const ADDRESS_SPACE = 2 ** 32;

/**
 * Parses an IPv4 CIDR in four-part decimal form. Host bits must be zero so
 * that `10.1.2.3/16` is not silently read as `10.1.0.0/16`.
 */
export function parseIpv4Cidr(text: string): Ipv4Block {
  if (
    typeof text !== 'string' ||
    !ipaddr.IPv4.isValidCIDRFourPartDecimal(text)
  ) {
    throw new Error(`"${String(text)}" is not an IPv4 CIDR like 10.0.0.0/16`);
  }
  const [address, prefix] = ipaddr.IPv4.parseCIDR(text);
  const value = toNumber(address.toByteArray());
  const size = 2 ** (32 - prefix);
  if (value % size !== 0) {
    throw new Error(
      `"${text}" has host bits set; the network address is ${formatIpv4Cidr({
        start: value - (value % size),
        prefix,
        size,
      })}`,
    );
  }
  return { start: value, prefix, size };
}

export function formatIpv4Cidr(block: Ipv4Block): string {
  const bytes = [24, 16, 8, 0].map(
    shift => Math.floor(block.start / 2 ** shift) % 256,
  );
  return `${bytes.join('.')}/${block.prefix}`;
}

export function blocksOverlap(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

/** True when `inner` lies completely inside `outer`. */
export function blockContains(outer: Ipv4Block, inner: Ipv4Block): boolean {
  return (
    inner.start >= outer.start &&
    inner.start + inner.size <= outer.start + outer.size
  );
}

/** The `index`-th aligned sub-block of `prefix` inside `outer`. */
export function subBlock(
  outer: Ipv4Block,
  prefix: number,
  index: number,
): Ipv4Block {
  const size = 2 ** (32 - prefix);
  const start = outer.start + index * size;
  if (start + size > Math.min(outer.start + outer.size, ADDRESS_SPACE)) {
    throw new RangeError(`sub-block ${index} lies outside the block`);
  }
  return { start, prefix, size };
}

function toNumber(bytes: number[]): number {
  return bytes.reduce((value, byte) => value * 256 + byte, 0);
}
