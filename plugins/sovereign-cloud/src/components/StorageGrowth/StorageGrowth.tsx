import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import {
  StorageHistory,
  StorageUsage,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatBytes, toGiB } from '../../lib/bytes';
import { percent } from '../../lib/format';

function growthText(history?: StorageHistory): string {
  if (!history || history.growthBytesPerDay === undefined) {
    return 'Growth unknown: not enough history.';
  }
  const hours = history.fittedOverSeconds
    ? ` (fitted over ${Math.round(history.fittedOverSeconds / 3600)} h)`
    : '';
  const perDay = history.growthBytesPerDay;
  return perDay >= 0
    ? `Growing ${formatBytes(perDay)} per day${hours}.`
    : `Shrinking ${formatBytes(-perDay)} per day${hours}.`;
}

/** Node filesystem use now, its growth per day, and used bytes over time. */
export function StorageGrowth(props: {
  usage?: StorageUsage;
  history?: StorageHistory;
}) {
  const { usage, history } = props;
  if (!usage && !history) {
    return <Typography variant="body2">No filesystem metrics.</Typography>;
  }
  const points = history?.usedBytes ?? [];
  return (
    <Box>
      {usage && (
        <Typography variant="body2" aria-label="Filesystem use">
          {formatBytes(usage.usedBytes)} of {formatBytes(usage.sizeBytes)} used
          ({percent(usage.usedRatio)}) over {usage.byInstance.length}{' '}
          {usage.byInstance.length === 1 ? 'node' : 'nodes'}.
        </Typography>
      )}
      <Typography variant="body2" aria-label="Filesystem growth">
        {growthText(history)}
      </Typography>
      {points.length > 1 && (
        <LineChart
          skipAnimation
          height={200}
          margin={{ top: 40, right: 20, bottom: 30, left: 60 }}
          xAxis={[
            {
              scaleType: 'time',
              data: points.map(p => new Date(p.at)),
              valueFormatter: (d: Date) =>
                d.toLocaleTimeString(undefined, { timeStyle: 'short' }),
            },
          ]}
          series={[
            {
              data: points.map(p => toGiB(p.value)),
              label: 'Used (GiB)',
              showMark: false,
              valueFormatter: v => (v === null ? '' : `${v} GiB`),
            },
          ]}
        />
      )}
    </Box>
  );
}
