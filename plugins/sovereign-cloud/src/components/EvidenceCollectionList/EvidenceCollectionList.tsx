import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import {
  ClusterEvidenceState,
  EvidenceCollectionStatus,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { formatTime } from '../../lib/format';

const LABEL: Record<EvidenceCollectionStatus, string> = {
  observed: 'observed',
  partial: 'partial',
  failed: 'failed',
  'not-configured': 'no live source configured',
};

const COLOUR: Record<
  EvidenceCollectionStatus,
  'success' | 'warning' | 'error' | 'default'
> = {
  observed: 'success',
  partial: 'warning',
  failed: 'error',
  'not-configured': 'default',
};

function explanation(state: ClusterEvidenceState): string {
  switch (state.status) {
    case 'observed':
      return `Every probe answered${
        state.collectedAt ? `, read ${formatTime(state.collectedAt)}` : ''
      }.`;
    case 'partial': {
      const failed = state.probes
        .filter(p => p.status === 'failed')
        .map(p => `${p.probe}: ${p.reason ?? 'failed'}`);
      const what =
        failed.length > 0
          ? failed.join('; ')
          : state.reason ?? 'Some probes failed';
      return `${what}. The rest is observed.`;
    }
    case 'failed':
      return `${
        state.reason ?? 'The Kubernetes API could not be read'
      }. Declared facts only.`;
    default:
      return 'No live source configured: declared facts only. Give the SovereignCluster spec.access so the backend can read its Kubernetes API.';
  }
}

/** How the evidence of each cluster was gathered in the assessment. */
export function EvidenceCollectionList(props: {
  evidence: ClusterEvidenceState[];
}) {
  if (props.evidence.length === 0) {
    return (
      <Typography variant="body2">
        No cluster evidence was collected.
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {props.evidence.map(state => (
        <Box component="li" key={state.cluster} sx={{ mb: 1 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <EntityRefLink
              entityRef={state.cluster}
              defaultKind="SovereignCluster"
            />
            <Chip
              size="small"
              color={COLOUR[state.status]}
              label={LABEL[state.status] ?? state.status}
            />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {explanation(state)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
