import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { Provenance } from '@sovereign-cloud/plugin-sovereign-cloud-common';

const EXPLANATION: Record<Provenance, string> = {
  observed: "Read from the cluster's Kubernetes API",
  catalog: 'From the provider catalogue',
  declared: 'Declared by the operator (entity or declaration)',
  unknown: 'Not evidenced: scores zero and may still lower the level',
};

const COLOUR: Record<Provenance, 'success' | 'info' | 'warning' | 'default'> = {
  observed: 'success',
  catalog: 'info',
  declared: 'warning',
  unknown: 'default',
};

/** Where a piece of evidence comes from: observed, catalog, declared or unknown. */
export function ProvenanceChip(props: { provenance: Provenance }) {
  const { provenance } = props;
  return (
    <Tooltip describeChild title={EXPLANATION[provenance] ?? provenance}>
      <Chip
        size="small"
        variant="outlined"
        color={COLOUR[provenance] ?? 'default'}
        label={provenance}
      />
    </Tooltip>
  );
}
