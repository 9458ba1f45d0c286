import Chip from '@mui/material/Chip';
import { Seal } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sealLabel } from '../../lib/format';

// SEAL-0 is the weakest level; colours follow the traffic-light reading of the CSF levels.
const COLOURS = ['error', 'error', 'warning', 'info', 'success'] as const;

/** A SEAL level (or cap) as a coloured chip; `null` shows "no cap". */
export function SealChip(props: {
  seal: Seal | null;
  size?: 'small' | 'medium';
  variant?: 'filled' | 'outlined';
}) {
  const { seal, size = 'small', variant = 'filled' } = props;
  return (
    <Chip
      size={size}
      variant={variant}
      label={sealLabel(seal)}
      color={seal === null ? 'default' : COLOURS[seal]}
    />
  );
}
