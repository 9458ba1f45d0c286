/**
 * The PromQL the observability card is built from, on node exporter and
 * Cilium metric names.
 */

/** Real filesystems: pseudo and container-layer filesystems say nothing about disks. */
const FS =
  'fstype!~"tmpfs|ramfs|devtmpfs|overlay|squashfs|nsfs|autofs|fuse.lxcfs",mountpoint!=""';

// A device mounted at several places (bind mounts) counts once.
const perDevice = (metric: string) =>
  `max by (instance, device) (${metric}{${FS}})`;

export const OBSERVABILITY_QUERIES = {
  cpuUsedRatio:
    '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))',
  memoryUsedRatio:
    '1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes',
  memoryTotalBytes: 'node_memory_MemTotal_bytes',
  filesystemSizeBytes: `sum by (instance) (${perDevice(
    'node_filesystem_size_bytes',
  )})`,
  filesystemUsedBytes: `sum by (instance) (${perDevice(
    'node_filesystem_size_bytes',
  )} - ${perDevice('node_filesystem_avail_bytes')})`,
  /** 1 when a Cilium agent's connection to a remote cluster is ready (source_cluster, source_node_name, target_cluster). */
  meshReadiness: 'cilium_clustermesh_remote_cluster_readiness_status',
} as const;
