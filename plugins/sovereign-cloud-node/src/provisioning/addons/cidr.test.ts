import {
  blockContains,
  blocksOverlap,
  formatIpv4Cidr,
  parseIpv4Cidr,
  subBlock,
} from './cidr';

describe('IPv4 CIDR utility', () => {
  it('parses and formats blocks, including the edges of the address space', () => {
    expect(parseIpv4Cidr('10.0.0.0/8')).toEqual({
      start: 10 * 2 ** 24,
      prefix: 8,
      size: 2 ** 24,
    });
    expect(formatIpv4Cidr(parseIpv4Cidr('255.255.255.255/32'))).toBe(
      '255.255.255.255/32',
    );
    expect(formatIpv4Cidr(parseIpv4Cidr('0.0.0.0/0'))).toBe('0.0.0.0/0');
    expect(formatIpv4Cidr(parseIpv4Cidr('172.16.32.0/20'))).toBe(
      '172.16.32.0/20',
    );
  });

  it('rejects malformed input and host bits with the network address to use', () => {
    expect(() => parseIpv4Cidr('10.0.0.0')).toThrow(/not an IPv4 CIDR/);
    expect(() => parseIpv4Cidr('10.0.0.0/33')).toThrow(/not an IPv4 CIDR/);
    expect(() => parseIpv4Cidr('fd00::/8')).toThrow(/not an IPv4 CIDR/);
    expect(() => parseIpv4Cidr('10.1.2.3/16')).toThrow(
      /host bits set; the network address is 10\.1\.0\.0\/16/,
    );
  });

  it('detects overlap and containment at block boundaries', () => {
    const a = parseIpv4Cidr('10.0.0.0/16');
    expect(blocksOverlap(a, parseIpv4Cidr('10.0.255.0/24'))).toBe(true);
    expect(blocksOverlap(a, parseIpv4Cidr('10.1.0.0/16'))).toBe(false);
    expect(blocksOverlap(parseIpv4Cidr('10.0.0.0/8'), a)).toBe(true);
    expect(blockContains(parseIpv4Cidr('10.0.0.0/8'), a)).toBe(true);
    expect(blockContains(a, parseIpv4Cidr('10.0.0.0/8'))).toBe(false);
  });

  it('enumerates aligned sub-blocks and refuses to leave the parent', () => {
    const parent = parseIpv4Cidr('10.0.0.0/15');
    expect(formatIpv4Cidr(subBlock(parent, 16, 1))).toBe('10.1.0.0/16');
    expect(() => subBlock(parent, 16, 2)).toThrow(RangeError);
  });
});
