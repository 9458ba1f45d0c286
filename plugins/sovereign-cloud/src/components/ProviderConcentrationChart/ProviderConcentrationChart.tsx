import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { ProviderConcentration } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { percent } from '../../lib/format';

/**
 * How concentrated the (filtered) fleet is per provider: share of worker vCPU
 * and share of clusters with nodes there (a multi-provider cluster counts for
 * each of its providers).
 */
export function ProviderConcentrationChart(props: {
  concentration: ProviderConcentration[];
  totalClusters: number;
}) {
  const { concentration, totalClusters } = props;
  if (concentration.length === 0) {
    return (
      <Typography variant="body2">No clusters match the filters.</Typography>
    );
  }
  const rows = [...concentration]
    .sort((a, b) => b.share - a.share)
    .map(c => ({
      provider: c.provider,
      vcpu: Math.round(c.share * 1000) / 10,
      clusters:
        totalClusters > 0
          ? Math.round((c.clusters / totalClusters) * 1000) / 10
          : 0,
    }));
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' },
        gap: 2,
        alignItems: 'center',
      }}
    >
      <BarChart
        skipAnimation
        height={Math.max(160, rows.length * 36 + 60)}
        layout="horizontal"
        dataset={rows}
        margin={{ top: 40, right: 20, bottom: 30, left: 90 }}
        yAxis={[{ scaleType: 'band', dataKey: 'provider' }]}
        xAxis={[{ min: 0, max: 100 }]}
        series={[
          {
            dataKey: 'vcpu',
            label: 'Share of vCPU (%)',
            valueFormatter: v => `${v}%`,
          },
          {
            dataKey: 'clusters',
            label: 'Share of clusters (%)',
            valueFormatter: v => `${v}%`,
          },
        ]}
      />
      <Box
        component="ul"
        aria-label="Provider concentration"
        sx={{ m: 0, pl: 2 }}
      >
        {[...concentration]
          .sort((a, b) => b.share - a.share)
          .map(c => (
            <Typography component="li" variant="body2" key={c.provider}>
              {c.provider}: {percent(c.share)} of vCPU (
              {c.vcpu.toLocaleString()} vCPU), {c.clusters.toLocaleString()}{' '}
              {c.clusters === 1 ? 'cluster' : 'clusters'}
            </Typography>
          ))}
      </Box>
    </Box>
  );
}
