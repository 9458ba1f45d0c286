import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import {
  NodeUsage,
  NodeUsageHistory,
  TimePoint,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { percent } from '../../lib/format';

/** Most nodes drawn; beyond it lines stop being readable. */
const MAX_SERIES = 8;

type Metric = 'cpuUsedRatio' | 'memoryUsedRatio';

/**
 * Series of several nodes on one time axis: nodes are scraped at different
 * moments, so missing points are null (the line is connected over them).
 */
function aligned(history: NodeUsageHistory[], metric: Metric) {
  const times = [
    ...new Set(history.flatMap(h => h[metric].map(p => p.at))),
  ].sort((a, b) => a - b);
  const series = history.map(h => {
    const byTime = new Map(h[metric].map((p: TimePoint) => [p.at, p.value]));
    return {
      label: h.instance,
      data: times.map(t => {
        const v = byTime.get(t);
        return v === undefined ? null : Math.round(v * 1000) / 10;
      }),
      connectNulls: true,
      showMark: false,
      valueFormatter: (v: number | null) => (v === null ? '' : `${v}%`),
    };
  });
  return { times: times.map(t => new Date(t)), series };
}

function UsageLines(props: {
  title: string;
  history: NodeUsageHistory[];
  metric: Metric;
}) {
  const { times, series } = aligned(props.history, props.metric);
  if (times.length === 0) return null;
  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        {props.title}
      </Typography>
      <LineChart
        skipAnimation
        height={220}
        margin={{ top: 50, right: 20, bottom: 30, left: 50 }}
        xAxis={[
          {
            scaleType: 'time',
            data: times,
            valueFormatter: (d: Date) =>
              d.toLocaleTimeString(undefined, { timeStyle: 'short' }),
          },
        ]}
        yAxis={[{ min: 0, max: 100, label: '%' }]}
        series={series}
      />
    </Box>
  );
}

/** CPU and memory use per node: now (list) and over the history window (lines). */
export function NodeUsageChart(props: {
  nodes?: NodeUsage[];
  history?: NodeUsageHistory[];
}) {
  const nodes = props.nodes ?? [];
  const history = (props.history ?? []).slice(0, MAX_SERIES);
  if (nodes.length === 0 && history.length === 0) {
    return <Typography variant="body2">No node metrics.</Typography>;
  }
  return (
    <Box>
      {nodes.length > 0 && (
        <Box component="ul" aria-label="Node usage now" sx={{ m: 0, pl: 2 }}>
          {nodes.map(n => (
            <Typography component="li" variant="body2" key={n.instance}>
              {n.instance}: CPU{' '}
              {n.cpuUsedRatio === undefined ? '—' : percent(n.cpuUsedRatio)},
              memory{' '}
              {n.memoryUsedRatio === undefined
                ? '—'
                : percent(n.memoryUsedRatio)}
            </Typography>
          ))}
        </Box>
      )}
      {history.length > 0 && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
            gap: 2,
          }}
        >
          <UsageLines
            title="CPU used"
            history={history}
            metric="cpuUsedRatio"
          />
          <UsageLines
            title="Memory used"
            history={history}
            metric="memoryUsedRatio"
          />
        </Box>
      )}
      {(props.history?.length ?? 0) > MAX_SERIES && (
        <Typography variant="body2" color="text.secondary">
          Showing {MAX_SERIES} of {props.history!.length} nodes.
        </Typography>
      )}
    </Box>
  );
}
