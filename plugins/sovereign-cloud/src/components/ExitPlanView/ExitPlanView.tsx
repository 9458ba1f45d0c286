import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  PlacementAssignment,
  ProviderExitPlan,
  WorkloadExit,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { points } from '../../lib/format';
import { SealDistributionChart } from '../SealDistributionChart';

const STATUS = {
  moves: { label: 'moves', color: 'info' },
  unaffected: { label: 'unaffected', color: 'success' },
  'cannot-move': { label: 'cannot move', color: 'error' },
} as const;

// Cannot-move first: those are what the drill is for.
const ORDER: Record<WorkloadExit['status'], number> = {
  'cannot-move': 0,
  moves: 1,
  unaffected: 2,
};

function Assignments(props: { list: PlacementAssignment[] }) {
  if (props.list.length === 0) return <>—</>;
  return (
    <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {props.list.map(a => (
        <li key={a.entityRef}>
          {a.cluster} ({a.provider}) × {a.replicas}
        </li>
      ))}
    </Stack>
  );
}

function Count(props: { label: string; value: number }) {
  return (
    <Box>
      <Typography variant="h4" component="p">
        {props.value}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

/**
 * The exit drill for one provider: what moves where, what cannot move and
 * why, the clusters that leave, and the posture of the fleet before and after.
 */
export function ExitPlanView(props: { plan: ProviderExitPlan }) {
  const { plan } = props;
  const { before, after } = plan.posture;
  const workloads = [...plan.workloads].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name),
  );
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <InfoCard title={`Leaving ${plan.provider}`}>
          <Stack direction="row" spacing={4} aria-label="Summary">
            <Count label="workloads move" value={plan.summary.moves} />
            <Count label="cannot move" value={plan.summary.cannotMove} />
            <Count label="unaffected" value={plan.summary.unaffected} />
            <Count label="clusters leave" value={plan.clustersLeft.length} />
          </Stack>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Workloads">
          {workloads.length === 0 ? (
            <Typography variant="body2">
              No component runs on a SovereignCluster you can see.
            </Typography>
          ) : (
            <Table size="small" aria-label="Workloads">
              <TableHead>
                <TableRow>
                  <TableCell>Workload</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Before</TableCell>
                  <TableCell>After</TableCell>
                  <TableCell>Why</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {workloads.map(w => (
                  <TableRow key={w.entityRef}>
                    <TableCell>
                      <EntityRefLink entityRef={w.entityRef} />
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={STATUS[w.status].label}
                        color={STATUS[w.status].color}
                      />
                    </TableCell>
                    <TableCell>
                      <Assignments list={w.before} />
                    </TableCell>
                    <TableCell>
                      <Assignments list={w.after} />
                    </TableCell>
                    <TableCell>
                      {w.blocker && (
                        <Typography variant="body2" fontWeight="bold">
                          {w.blocker}
                        </Typography>
                      )}
                      {w.reason && (
                        <Typography variant="body2">{w.reason}</Typography>
                      )}
                      {w.status === 'moves' && (
                        <Typography variant="body2">
                          {w.movingReplicas} replicas move
                        </Typography>
                      )}
                      {w.problems.map(p => (
                        <Typography key={p} variant="caption" component="p">
                          {p}
                        </Typography>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Clusters leaving">
          {plan.clustersLeft.length === 0 ? (
            <Typography variant="body2">
              No SovereignCluster runs on {plan.provider}.
            </Typography>
          ) : (
            <Stack component="ul" aria-label="Clusters leaving" sx={{ pl: 2 }}>
              {plan.clustersLeft.map(ref => (
                <li key={ref}>
                  <EntityRefLink entityRef={ref} />
                </li>
              ))}
            </Stack>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
        <InfoCard title="Fleet posture before and after">
          <Stack spacing={1} aria-label="Fleet posture">
            <Typography variant="body1">
              Average score {points(before.averageScore)} →{' '}
              {points(after.averageScore)} over {before.clusters} →{' '}
              {after.clusters} clusters
            </Typography>
            <Typography variant="body2">
              Providers before: {before.providers.join(', ') || '—'}
            </Typography>
            <Typography variant="body2">
              Providers after: {after.providers.join(', ') || '—'}
            </Typography>
            <SealDistributionChart before={before} after={after} />
          </Stack>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
