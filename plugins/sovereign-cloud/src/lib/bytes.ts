const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Bytes in binary units as Kubernetes and Ceph report them: `912 GiB`, `1.5 TiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${sign}${Number(value.toFixed(digits))} ${UNITS[unit]}`;
}

/** Bytes as GiB, for chart axes. */
export function toGiB(bytes: number): number {
  return Math.round((bytes / 2 ** 30) * 10) / 10;
}
