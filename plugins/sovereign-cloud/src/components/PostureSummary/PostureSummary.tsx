import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  PostureReport,
  Provenance,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  formatTime,
  percent,
  sealLabel,
  weightProfileTitle,
} from '../../lib/format';
import { SealChip } from '../SealChip';

const PROVENANCES: Provenance[] = [
  'observed',
  'catalog',
  'declared',
  'unknown',
];

/**
 * Score, indicative SEAL (with the provisional marker and what could still
 * lower it), weight profile and evidence coverage of one report.
 */
export function PostureSummary(props: {
  report: PostureReport;
  assessedAt?: string;
}) {
  const { report, assessedAt } = props;
  const { seal } = report;
  const profile = weightProfileTitle(report.weightProfile);
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={3} alignItems="center" flexWrap="wrap">
        <Box>
          <Typography variant="overline" component="div">
            Score
          </Typography>
          <Typography variant="h4" component="div" aria-label="Score">
            {report.score.toFixed(1)}
            <Typography component="span" color="text.secondary">
              {' '}
              / 100
            </Typography>
          </Typography>
        </Box>
        <Box>
          <Typography variant="overline" component="div">
            Indicative level
          </Typography>
          <Stack direction="row" spacing={1} alignItems="center">
            <SealChip seal={seal.level} size="medium" />
            {seal.provisional && (
              <Chip
                size="small"
                color="warning"
                variant="outlined"
                label="provisional"
              />
            )}
          </Stack>
          <Typography variant="caption" color="text.secondary">
            self-assessed, CSF v1.2.1-aligned; not a certification
          </Typography>
        </Box>
      </Stack>
      {seal.provisional && (
        <Alert severity="warning" variant="outlined">
          {sealLabel(seal.level)} is provisional: {seal.couldLower.length}{' '}
          unknown {seal.couldLower.length === 1 ? 'criterion' : 'criteria'}{' '}
          could still lower it ({seal.couldLower.join(', ')}). Observe the
          cluster or declare these facts to settle the level.
        </Alert>
      )}
      <Typography variant="body2">
        Weight profile: <strong>{profile}</strong>
        {profile !== report.weightProfile && ` (${report.weightProfile})`}
      </Typography>
      <Typography variant="body2" aria-label="Evidence coverage">
        Evidence coverage:{' '}
        {PROVENANCES.map(p => `${percent(report.coverage[p] ?? 0)} ${p}`).join(
          ' · ',
        )}
      </Typography>
      {assessedAt && (
        <Typography variant="caption" color="text.secondary">
          Assessed {formatTime(assessedAt)}
        </Typography>
      )}
    </Stack>
  );
}
