import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { PostureHistoryPoint } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatTime, sealLabel } from '../../lib/format';

/** Score over time (line) with the SEAL level as steps on a second axis. */
export function PostureHistoryChart(props: {
  points: PostureHistoryPoint[];
  height?: number;
}) {
  const { points, height = 260 } = props;
  if (points.length === 0) {
    return (
      <Typography variant="body2">
        No assessments recorded yet. Re-assess to record the first one.
      </Typography>
    );
  }
  const latest = points[points.length - 1];
  return (
    <Box>
      <LineChart
        skipAnimation
        height={height}
        margin={{ top: 40, right: 70, bottom: 30, left: 50 }}
        xAxis={[
          {
            scaleType: 'time',
            data: points.map(p => new Date(p.assessedAt)),
            valueFormatter: (d: Date) => d.toLocaleDateString(),
          },
        ]}
        yAxis={[
          { id: 'score', min: 0, max: 100, label: 'Score' },
          {
            id: 'seal',
            min: 0,
            max: 4,
            tickInterval: [0, 1, 2, 3, 4],
            valueFormatter: (v: number) => sealLabel(v as 0),
          },
        ]}
        leftAxis="score"
        rightAxis="seal"
        series={[
          {
            data: points.map(p => p.score),
            label: 'Score',
            yAxisId: 'score',
            valueFormatter: v => (v === null ? '' : v.toFixed(1)),
          },
          {
            data: points.map(p => p.seal),
            label: 'SEAL',
            yAxisId: 'seal',
            curve: 'stepAfter',
            valueFormatter: v => (v === null ? '' : sealLabel(v as 0)),
          },
        ]}
      />
      <Typography variant="body2" color="text.secondary">
        {points.length} {points.length === 1 ? 'assessment' : 'assessments'}{' '}
        since {formatTime(points[0].assessedAt)}; latest{' '}
        {latest.score.toFixed(1)}, {sealLabel(latest.seal)}
        {latest.provisional ? ' (provisional)' : ''}, evidence{' '}
        {latest.evidenceStatus}.
      </Typography>
    </Box>
  );
}
