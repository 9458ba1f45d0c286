import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { NodeLocationGroup } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Nodes per provider location, ready and control plane among them. */
export function NodesByLocationTable(props: { groups: NodeLocationGroup[] }) {
  if (props.groups.length === 0) {
    return <Typography variant="body2">No nodes.</Typography>;
  }
  return (
    <Table size="small" aria-label="Nodes per location">
      <TableHead>
        <TableRow>
          <TableCell>Provider</TableCell>
          <TableCell>Location</TableCell>
          <TableCell>Country</TableCell>
          <TableCell align="right">Nodes</TableCell>
          <TableCell align="right">Ready</TableCell>
          <TableCell align="right">Control plane</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.groups.map(g => (
          <TableRow key={`${g.provider}/${g.location ?? ''}`}>
            <TableCell>{g.provider}</TableCell>
            <TableCell>{g.location ?? 'unknown'}</TableCell>
            <TableCell>{g.country ?? 'unknown'}</TableCell>
            <TableCell align="right">{g.nodes}</TableCell>
            <TableCell align="right">{g.ready}</TableCell>
            <TableCell align="right">{g.controlPlane}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
