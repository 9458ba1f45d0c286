import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { StorageSummary } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatBytes, toGiB } from '../../lib/bytes';
import { percent } from '../../lib/format';

const list = (values: string[]) =>
  values.length > 0 ? values.join(', ') : 'unknown';

/**
 * Persistent volume capacity by StorageClass (bar chart) and by where the
 * bytes physically live (locations, countries, providers).
 */
export function StorageCapacity(props: { summary: StorageSummary }) {
  const { summary } = props;
  const total = summary.capacityBytes;
  const byClass = [...summary.byClass].sort(
    (a, b) => b.capacityBytes - a.capacityBytes,
  );
  const byLocation = [...summary.byLocation].sort(
    (a, b) => b.capacityBytes - a.capacityBytes,
  );
  return (
    <Box>
      <Typography variant="body2" aria-label="Capacity summary" gutterBottom>
        {summary.volumes} {summary.volumes === 1 ? 'volume' : 'volumes'},{' '}
        {formatBytes(total)} provisioned ({formatBytes(summary.claimedBytes)}{' '}
        claimed); {formatBytes(summary.encryptedBytes)} encrypted at rest,{' '}
        {formatBytes(summary.unencryptedBytes)} not encrypted.
      </Typography>
      {byClass.length > 0 && (
        <BarChart
          skipAnimation
          height={Math.max(140, byClass.length * 36 + 70)}
          layout="horizontal"
          dataset={byClass.map(c => ({
            storageClass: c.storageClass,
            gib: toGiB(c.capacityBytes),
          }))}
          margin={{ top: 40, right: 20, bottom: 30, left: 110 }}
          yAxis={[{ scaleType: 'band', dataKey: 'storageClass' }]}
          series={[
            {
              dataKey: 'gib',
              label: 'Capacity by class (GiB)',
              valueFormatter: v => (v === null ? '' : `${v} GiB`),
            },
          ]}
        />
      )}
      {byLocation.length === 0 ? (
        <Typography variant="body2">No persistent volumes.</Typography>
      ) : (
        <Table size="small" aria-label="Capacity by location">
          <TableHead>
            <TableRow>
              <TableCell>Locations</TableCell>
              <TableCell>Countries</TableCell>
              <TableCell>Providers</TableCell>
              <TableCell align="right">Volumes</TableCell>
              <TableCell align="right">Capacity</TableCell>
              <TableCell sx={{ width: '20%' }}>Share</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {byLocation.map(l => {
              const share = total > 0 ? l.capacityBytes / total : 0;
              return (
                <TableRow key={l.locations.join('+') || 'unknown'}>
                  <TableCell>{list(l.locations)}</TableCell>
                  <TableCell>{list(l.countries)}</TableCell>
                  <TableCell>{list(l.providers)}</TableCell>
                  <TableCell align="right">{l.volumes}</TableCell>
                  <TableCell align="right">
                    {formatBytes(l.capacityBytes)}
                  </TableCell>
                  <TableCell>
                    <LinearProgress
                      variant="determinate"
                      value={share * 100}
                      aria-label={`${percent(share)} of capacity`}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
