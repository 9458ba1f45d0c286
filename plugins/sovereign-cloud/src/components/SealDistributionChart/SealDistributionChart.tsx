import { BarChart } from '@mui/x-charts/BarChart';
import {
  FleetPostureSummary,
  SEAL_LEVELS,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Clusters per SEAL level before and after an exit, side by side. */
export function SealDistributionChart(props: {
  before: FleetPostureSummary;
  after: FleetPostureSummary;
}) {
  const { before, after } = props;
  const rows = SEAL_LEVELS.map(level => ({
    level,
    before: before.sealCounts[level] ?? 0,
    after: after.sealCounts[level] ?? 0,
  }));
  return (
    <BarChart
      skipAnimation
      height={220}
      dataset={rows}
      margin={{ top: 40, right: 10, bottom: 30, left: 40 }}
      xAxis={[{ scaleType: 'band', dataKey: 'level' }]}
      yAxis={[{ tickMinStep: 1 }]}
      series={[
        { dataKey: 'before', label: 'Clusters before' },
        { dataKey: 'after', label: 'Clusters after' },
      ]}
    />
  );
}
