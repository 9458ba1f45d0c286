/**
 * The history a test Prometheus starts with: a few days of node and Cilium
 * metrics for two nodes that are not scraped live, so range queries, growth
 * and mesh readiness have known answers.
 */

const GiB = 1024 ** 3;

/** The backfilled nodes and what they do over the history window. */
export const BACKFILLED_NODES = [
  {
    instance: 'node-a.history:9100',
    node: 'node-a',
    diskSizeBytes: 200 * GiB,
    diskUsedAtStartBytes: 40 * GiB,
    diskGrowthBytesPerDay: 2 * GiB,
    cpuUsedRatio: 0.4,
    memoryTotalBytes: 16 * GiB,
    memoryAvailableBytes: 6 * GiB,
  },
  {
    instance: 'node-b.history:9100',
    node: 'node-b',
    diskSizeBytes: 100 * GiB,
    diskUsedAtStartBytes: 10 * GiB,
    diskGrowthBytesPerDay: 1 * GiB,
    cpuUsedRatio: 0.25,
    memoryTotalBytes: 8 * GiB,
    memoryAvailableBytes: 4 * GiB,
  },
] as const;

/** Remote clusters as the backfilled Cilium agents see them. */
export const BACKFILLED_MESH = {
  sourceCluster: 'eu-central-1',
  remoteClusters: [
    { cluster: 'eu-west-1', ready: true },
    { cluster: 'eu-north-1', ready: false },
  ],
} as const;

export type HistoryWindow = {
  /** First sample. */
  start: Date;
  /** Last sample; keep it within Prometheus's 5 minute lookback of "now". */
  end: Date;
  stepSeconds: number;
};

type Series = {
  labels: Record<string, string>;
  value: (secondsSinceStart: number) => number;
};
type Family = {
  name: string;
  type: 'gauge' | 'counter';
  help: string;
  series: Series[];
};

function families(): Family[] {
  const node = (n: (typeof BACKFILLED_NODES)[number]) => ({
    job: 'node',
    instance: n.instance,
  });
  const disk = {
    device: '/dev/vda1',
    fstype: 'ext4',
    mountpoint: '/',
  };
  return [
    {
      name: 'node_filesystem_size_bytes',
      type: 'gauge',
      help: 'Filesystem size in bytes.',
      series: BACKFILLED_NODES.map(n => ({
        labels: { ...node(n), ...disk },
        value: () => n.diskSizeBytes,
      })),
    },
    {
      name: 'node_filesystem_avail_bytes',
      type: 'gauge',
      help: 'Filesystem space available to non-root users in bytes.',
      series: BACKFILLED_NODES.map(n => ({
        labels: { ...node(n), ...disk },
        value: s =>
          n.diskSizeBytes -
          n.diskUsedAtStartBytes -
          Math.round((n.diskGrowthBytesPerDay * s) / 86400),
      })),
    },
    {
      name: 'node_cpu_seconds',
      type: 'counter',
      help: 'Seconds the CPUs spent in each mode.',
      series: BACKFILLED_NODES.flatMap(n => [
        {
          labels: { ...node(n), cpu: '0', mode: 'idle' },
          value: (s: number) => s * (1 - n.cpuUsedRatio),
        },
        {
          labels: { ...node(n), cpu: '0', mode: 'user' },
          value: (s: number) => s * n.cpuUsedRatio,
        },
      ]),
    },
    {
      name: 'node_memory_MemTotal_bytes',
      type: 'gauge',
      help: 'Memory information field MemTotal_bytes.',
      series: BACKFILLED_NODES.map(n => ({
        labels: node(n),
        value: () => n.memoryTotalBytes,
      })),
    },
    {
      name: 'node_memory_MemAvailable_bytes',
      type: 'gauge',
      help: 'Memory information field MemAvailable_bytes.',
      series: BACKFILLED_NODES.map(n => ({
        labels: node(n),
        value: () => n.memoryAvailableBytes,
      })),
    },
    {
      name: 'cilium_clustermesh_remote_cluster_readiness_status',
      type: 'gauge',
      help: 'The readiness status of the remote cluster',
      series: BACKFILLED_NODES.flatMap(n =>
        BACKFILLED_MESH.remoteClusters.map(remote => ({
          labels: {
            job: 'cilium-agent',
            instance: `${n.node}:9962`,
            source_cluster: BACKFILLED_MESH.sourceCluster,
            source_node_name: n.node,
            target_cluster: remote.cluster,
          },
          value: () => (remote.ready ? 1 : 0),
        })),
      ),
    },
  ];
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
    .join(',');
}

/**
 * The history as OpenMetrics text for `promtool tsdb create-blocks-from
 * openmetrics`: families grouped, each series' samples in time order, `# EOF`.
 */
export function backfillOpenMetrics(window: HistoryWindow): string {
  const startS = Math.floor(window.start.getTime() / 1000);
  const endS = Math.floor(window.end.getTime() / 1000);
  const lines: string[] = [];
  for (const family of families()) {
    lines.push(`# HELP ${family.name} ${family.help}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    const sample =
      family.type === 'counter' ? `${family.name}_total` : family.name;
    for (const series of family.series) {
      const labels = `{${labelText(series.labels)}}`;
      for (let t = startS; t <= endS; t += window.stepSeconds) {
        lines.push(`${sample}${labels} ${series.value(t - startS)} ${t}`);
      }
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}
