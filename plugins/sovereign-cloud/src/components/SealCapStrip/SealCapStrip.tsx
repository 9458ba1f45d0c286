import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import {
  CriterionResult,
  IndicativeSeal,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sealLabel } from '../../lib/format';

const LEVELS: Seal[] = [0, 1, 2, 3, 4];

/**
 * Every evidenced criterion placed under the SEAL it caps the level at. The
 * lowest cap sets the level: those binding criteria are highlighted.
 */
export function SealCapStrip(props: {
  criteria: CriterionResult[];
  seal: IndicativeSeal;
}) {
  const { criteria, seal } = props;
  const binding = new Set(seal.binding);
  const capped = criteria.filter(
    c => c.sealCap !== null && c.status !== 'unknown' && c.status !== 'na',
  );
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        The lowest criterion sets the level: {sealLabel(seal.level)} is set by{' '}
        <strong>{seal.binding.join(', ') || 'no criterion'}</strong>.
      </Typography>
      <Box
        role="list"
        aria-label="SEAL caps per criterion"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(5, 1fr)',
          gap: 0.5,
        }}
      >
        {LEVELS.map(level => {
          const here = capped.filter(c => c.sealCap === level);
          const atLevel = level === seal.level;
          return (
            <Box
              key={level}
              role="listitem"
              aria-label={`Capped at ${sealLabel(level)}`}
              sx={{
                border: 1,
                borderColor: atLevel ? 'error.main' : 'divider',
                borderRadius: 1,
                p: 0.5,
                minHeight: 56,
                bgcolor: atLevel ? 'action.hover' : undefined,
              }}
            >
              <Typography
                variant="caption"
                component="div"
                fontWeight={atLevel ? 'bold' : undefined}
              >
                {sealLabel(level)}
              </Typography>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.25 }}>
                {here.map(c => (
                  <Tooltip
                    describeChild
                    key={c.criterionId}
                    title={`${c.title}: ${c.answer?.label ?? c.status}`}
                  >
                    <Chip
                      size="small"
                      label={c.criterionId}
                      color={binding.has(c.criterionId) ? 'error' : 'default'}
                      variant={
                        binding.has(c.criterionId) ? 'filled' : 'outlined'
                      }
                      data-binding={binding.has(c.criterionId)}
                    />
                  </Tooltip>
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
