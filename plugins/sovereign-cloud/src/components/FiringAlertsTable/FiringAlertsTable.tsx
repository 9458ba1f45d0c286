import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { FiringAlert } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatTime } from '../../lib/format';

const RANK: Record<string, number> = {
  critical: 0,
  error: 1,
  warning: 2,
  info: 3,
};

function colour(severity?: string): 'error' | 'warning' | 'default' {
  if (severity === 'critical' || severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'default';
}

/** Firing alerts, most severe first, then the oldest first. */
export function FiringAlertsTable(props: { alerts: FiringAlert[] }) {
  if (props.alerts.length === 0) {
    return <Typography variant="body2">No alerts firing.</Typography>;
  }
  const alerts = [...props.alerts].sort(
    (a, b) =>
      (RANK[a.severity ?? ''] ?? 9) - (RANK[b.severity ?? ''] ?? 9) ||
      (a.since ?? '').localeCompare(b.since ?? ''),
  );
  return (
    <Table size="small" aria-label="Firing alerts">
      <TableHead>
        <TableRow>
          <TableCell>Alert</TableCell>
          <TableCell>Severity</TableCell>
          <TableCell>Summary</TableCell>
          <TableCell>Since</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {alerts.map((a, i) => (
          <TableRow key={`${a.name}:${a.since}:${i}`}>
            <TableCell>{a.name}</TableCell>
            <TableCell>
              <Chip
                size="small"
                variant="outlined"
                color={colour(a.severity)}
                label={a.severity ?? 'none'}
              />
            </TableCell>
            <TableCell>{a.summary ?? ''}</TableCell>
            <TableCell>{formatTime(a.since)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
