import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  MemberPosture,
  ProviderLossAssessment,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { percent } from '../../lib/format';
import { SealChip } from '../SealChip';

function Clusters(props: { refs: string[] }) {
  if (props.refs.length === 0) return <>none</>;
  return (
    <>
      {props.refs.map((ref, i) => (
        <span key={ref}>
          {i > 0 && ', '}
          <EntityRefLink entityRef={ref} defaultKind="SovereignCluster" />
        </span>
      ))}
    </>
  );
}

/**
 * The clusters of a mesh or component with their own posture, and what
 * losing each provider would leave.
 */
export function MeshContinuity(props: {
  members: MemberPosture[];
  continuity: ProviderLossAssessment[];
  survivesLossOfAnyProvider?: boolean;
}) {
  const { members, continuity, survivesLossOfAnyProvider } = props;
  return (
    <Stack spacing={2}>
      <Table size="small" aria-label="Member clusters">
        <TableHead>
          <TableRow>
            <TableCell>Cluster</TableCell>
            <TableCell align="right">Score</TableCell>
            <TableCell>SEAL</TableCell>
            <TableCell>Binding</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map(m => (
            <TableRow key={m.cluster}>
              <TableCell>
                <EntityRefLink
                  entityRef={m.cluster}
                  defaultKind="SovereignCluster"
                />
              </TableCell>
              <TableCell align="right">{m.score.toFixed(1)}</TableCell>
              <TableCell>
                <SealChip seal={m.seal} />
                {m.provisional && (
                  <Chip
                    size="small"
                    variant="outlined"
                    color="warning"
                    label="provisional"
                    sx={{ ml: 0.5 }}
                  />
                )}
              </TableCell>
              <TableCell>{m.binding.join(', ') || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {continuity.length > 0 && (
        <>
          <Alert severity={survivesLossOfAnyProvider ? 'success' : 'warning'}>
            {survivesLossOfAnyProvider
              ? 'Survives the loss of any single provider.'
              : 'Losing one of the providers below would leave the set uncovered.'}
          </Alert>
          <Table
            size="small"
            aria-label="Continuity after losing a provider"
            sx={{ '& th': { whiteSpace: 'nowrap' } }}
          >
            <TableHead>
              <TableRow>
                <TableCell>Provider lost</TableCell>
                <TableCell>Surviving clusters</TableCell>
                <TableCell>Lost clusters</TableCell>
                <TableCell>Data lost in</TableCell>
                <TableCell align="right">Capacity left</TableCell>
                <TableCell>Covered</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {continuity.map(c => (
                <TableRow key={c.provider}>
                  <TableCell>{c.provider}</TableCell>
                  <TableCell>
                    <Clusters refs={c.survivingClusters} />
                  </TableCell>
                  <TableCell>
                    <Clusters refs={c.lostClusters} />
                  </TableCell>
                  <TableCell>
                    <Clusters refs={c.clustersLosingData} />
                  </TableCell>
                  <TableCell align="right">
                    {percent(c.remainingCapacityShare)}
                  </TableCell>
                  <TableCell>
                    <Typography
                      variant="body2"
                      color={c.covered ? 'success.main' : 'error.main'}
                    >
                      {c.covered ? 'yes' : 'no'}
                    </Typography>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Stack>
  );
}
