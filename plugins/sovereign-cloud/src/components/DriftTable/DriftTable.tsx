import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { EvidenceDrift } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatEvidenceValue } from '../../lib/format';

/** Evidence whose observed value differs from what the entity declares. */
export function DriftTable(props: { drift: EvidenceDrift[] }) {
  if (props.drift.length === 0) {
    return (
      <Typography variant="body2">
        No drift: every observation matches the declaration (or nothing declared
        was observed yet).
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" gutterBottom>
        The score uses the observed values. Update the declaration, or fix the
        cluster, so both agree.
      </Typography>
      <Table size="small" aria-label="Drift between declared and observed">
        <TableHead>
          <TableRow>
            <TableCell>Evidence</TableCell>
            <TableCell>Declared</TableCell>
            <TableCell>Observed</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.drift.map(d => (
            <TableRow key={d.evidence}>
              <TableCell>
                <code>{d.evidence}</code>
              </TableCell>
              <TableCell>{formatEvidenceValue(d.declared)}</TableCell>
              <TableCell>{formatEvidenceValue(d.observed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
