import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { BarChart } from '@mui/x-charts/BarChart';
import { ObjectiveResult } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { objectiveTitle, points, sealLabel } from '../../lib/format';

/**
 * Score per CSF objective (bars, 0–100 %) with each objective's weight, and
 * the same numbers as a table: weight, contribution to the score and level.
 */
export function ObjectiveChart(props: {
  objectives: ObjectiveResult[];
  height?: number;
}) {
  const { objectives, height = 220 } = props;
  const dataset = objectives.map(o => ({
    label: `${o.objective} (w${o.weight})`,
    score: Math.round(o.score * 1000) / 10,
    contribution: Math.round(o.contribution * 10) / 10,
  }));
  return (
    <Box>
      <BarChart
        skipAnimation
        height={height}
        dataset={dataset}
        margin={{ top: 30, right: 10, bottom: 30, left: 40 }}
        xAxis={[{ scaleType: 'band', dataKey: 'label' }]}
        yAxis={[{ min: 0, max: 100 }]}
        series={[
          {
            dataKey: 'score',
            label: 'Score (%)',
            valueFormatter: v => `${v}%`,
          },
          {
            dataKey: 'contribution',
            label: 'Points in overall score',
          },
        ]}
        slotProps={{ legend: { hidden: false } }}
      />
      <Table
        size="small"
        aria-label="Score per objective"
        sx={{ '& th, & td:not(:first-of-type)': { whiteSpace: 'nowrap' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>Objective</TableCell>
            <TableCell align="right">Score</TableCell>
            <TableCell align="right">Weight</TableCell>
            <TableCell align="right">Points</TableCell>
            <TableCell>Level</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {objectives.map(o => (
            <TableRow key={o.objective}>
              <TableCell>
                {o.objective} {objectiveTitle(o.objective)}
              </TableCell>
              <TableCell align="right">{points(o.score * 100)}%</TableCell>
              <TableCell align="right">{o.weight}</TableCell>
              <TableCell align="right">{points(o.contribution)}</TableCell>
              <TableCell>
                {sealLabel(o.level)}
                {o.binding.length > 0 && ` (${o.binding.join(', ')})`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
