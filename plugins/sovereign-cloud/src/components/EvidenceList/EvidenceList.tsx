import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { EvidenceRecord } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatEvidenceValue, percent } from '../../lib/format';
import { ProvenanceChip } from '../ProvenanceChip';

/**
 * Evidence records, each with its provenance badge, value and source;
 * `limit` shows the first few and counts the rest.
 */
export function EvidenceList(props: {
  evidence: EvidenceRecord[];
  limit?: number;
}) {
  const { evidence, limit = evidence.length } = props;
  const hidden = evidence.length - limit;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {evidence.slice(0, limit).map((e, i) => (
        <Box
          component="li"
          key={`${e.name}-${i}`}
          sx={{ display: 'flex', gap: 0.5, alignItems: 'baseline', mb: 0.5 }}
        >
          <ProvenanceChip provenance={e.provenance} />
          <Typography
            variant="body2"
            component="span"
            sx={{ overflowWrap: 'anywhere' }}
          >
            <code>{e.name}</code>
            {e.share !== undefined &&
              e.share < 1 &&
              ` (${percent(e.share)})`}: {formatEvidenceValue(e.value)}
            {e.source && (
              <Typography
                variant="caption"
                component="span"
                color="text.secondary"
              >
                {' '}
                — {e.source}
              </Typography>
            )}
          </Typography>
        </Box>
      ))}
      {hidden > 0 && (
        <Typography component="li" variant="caption" color="text.secondary">
          and {hidden} more evidence {hidden === 1 ? 'record' : 'records'}
        </Typography>
      )}
    </Box>
  );
}
