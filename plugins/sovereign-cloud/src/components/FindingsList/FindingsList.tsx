import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  FindingSeverity,
  PostureFinding,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sealLabel } from '../../lib/format';
import { EvidenceList } from '../EvidenceList';

const ORDER: FindingSeverity[] = ['blocking', 'high', 'medium', 'low', 'info'];
const COLOUR: Record<
  FindingSeverity,
  'error' | 'warning' | 'info' | 'default'
> = {
  blocking: 'error',
  high: 'error',
  medium: 'warning',
  low: 'info',
  info: 'default',
};

/**
 * Findings, most severe first: what is wrong, the evidence behind it with
 * its provenance, the remediation and the framework reference.
 */
export function FindingsList(props: {
  findings: PostureFinding[];
  /** Show only the first `limit` findings and say how many are left. */
  limit?: number;
  /** Evidence records shown per finding (default: all). */
  evidenceLimit?: number;
}) {
  const { findings, limit, evidenceLimit } = props;
  if (findings.length === 0) {
    return (
      <Typography variant="body2">
        No findings: every criterion has its best answer.
      </Typography>
    );
  }
  const sorted = [...findings].sort(
    (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity),
  );
  const shown = limit === undefined ? sorted : sorted.slice(0, limit);
  return (
    <Stack spacing={2} component="ol" sx={{ pl: 0, m: 0, listStyle: 'none' }}>
      {shown.map(f => (
        <Box component="li" key={f.criterionId}>
          <Stack direction="row" spacing={1} alignItems="center">
            <Chip size="small" color={COLOUR[f.severity]} label={f.severity} />
            <Typography variant="subtitle2" component="h4">
              {f.criterionId} {f.title}
            </Typography>
          </Stack>
          <Typography variant="body2">{f.detail}</Typography>
          <Typography variant="body2">
            <strong>Remediation:</strong> {f.remediation}
            {f.wouldRaiseCapTo !== undefined &&
              ` (lifts this criterion's cap to ${sealLabel(
                f.wouldRaiseCapTo,
              )})`}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            Reference: {f.frameworkReference} ({f.mapping} mapping)
          </Typography>
          {f.evidence.length > 0 && (
            <EvidenceList evidence={f.evidence} limit={evidenceLimit} />
          )}
        </Box>
      ))}
      {shown.length < sorted.length && (
        <Typography variant="body2" color="text.secondary" component="li">
          {sorted.length - shown.length} more{' '}
          {sorted.length - shown.length === 1 ? 'finding' : 'findings'} in the
          Sovereignty tab.
        </Typography>
      )}
    </Stack>
  );
}
