import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  FleetClusterSummary,
  FleetSortField,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatTime } from '../../lib/format';
import { SealChip } from '../SealChip';

const EVIDENCE_LABEL: Record<FleetClusterSummary['evidenceStatus'], string> = {
  observed: 'observed',
  partial: 'partial',
  failed: 'failed',
  'not-configured': 'no live source',
  pending: 'not assessed yet',
};
const EVIDENCE_COLOUR: Record<
  FleetClusterSummary['evidenceStatus'],
  'success' | 'warning' | 'error' | 'default'
> = {
  observed: 'success',
  partial: 'warning',
  failed: 'error',
  'not-configured': 'default',
  pending: 'default',
};

type Column = { label: string; sort?: FleetSortField; align?: 'right' };
const COLUMNS: Column[] = [
  { label: 'Cluster', sort: 'name' },
  { label: 'Score', sort: 'score', align: 'right' },
  { label: 'SEAL', sort: 'seal' },
  { label: 'Providers', sort: 'provider' },
  { label: 'Countries', sort: 'country' },
  { label: 'Mesh', sort: 'mesh' },
  { label: 'Evidence' },
  { label: 'Assessed', sort: 'assessedAt' },
];

function Row(props: { item: FleetClusterSummary }) {
  const { item } = props;
  return (
    <TableRow hover>
      <TableCell>
        <EntityRefLink
          entityRef={item.entityRef}
          defaultKind="SovereignCluster"
          title={item.title ?? item.name}
        />
      </TableCell>
      <TableCell align="right">
        {item.score === null ? '—' : item.score.toFixed(1)}
      </TableCell>
      <TableCell>
        <SealChip seal={item.seal} />
        {item.provisional && (
          <Chip
            size="small"
            variant="outlined"
            color="warning"
            label="provisional"
            sx={{ ml: 0.5 }}
          />
        )}
      </TableCell>
      <TableCell>{item.providers.join(', ')}</TableCell>
      <TableCell>{item.countries.join(', ')}</TableCell>
      <TableCell>
        {item.mesh ? (
          <EntityRefLink entityRef={item.mesh} defaultKind="Resource" />
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>
        <Tooltip describeChild title={item.evidenceReason ?? ''}>
          <Chip
            size="small"
            color={EVIDENCE_COLOUR[item.evidenceStatus] ?? 'default'}
            label={EVIDENCE_LABEL[item.evidenceStatus] ?? item.evidenceStatus}
          />
        </Tooltip>
        {item.evidenceReason &&
          (item.evidenceStatus === 'failed' ||
            item.evidenceStatus === 'partial') && (
            <Typography
              variant="caption"
              component="div"
              color="text.secondary"
            >
              {item.evidenceReason}
            </Typography>
          )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {formatTime(item.assessedAt)}
      </TableCell>
    </TableRow>
  );
}

/**
 * One server-side page of the fleet: sorting and paging ask the backend, so
 * only the rows of the current page are ever rendered.
 */
export function FleetTable(props: {
  items: FleetClusterSummary[];
  totalItems: number;
  offset: number;
  limit: number;
  sort?: FleetSortField;
  order?: 'asc' | 'desc';
  onSort: (sort: FleetSortField, order: 'asc' | 'desc') => void;
  onPage: (offset: number) => void;
}) {
  const { items, totalItems, offset, limit, sort, order = 'asc' } = props;
  return (
    <>
      <TableContainer>
        <Table
          size="small"
          aria-label="Sovereign clusters"
          sx={{ '& th': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              {COLUMNS.map(c => (
                <TableCell
                  key={c.label}
                  align={c.align}
                  sortDirection={c.sort && sort === c.sort ? order : false}
                >
                  {c.sort ? (
                    <TableSortLabel
                      active={sort === c.sort}
                      direction={sort === c.sort ? order : 'asc'}
                      onClick={() =>
                        props.onSort(
                          c.sort!,
                          sort === c.sort && order === 'asc' ? 'desc' : 'asc',
                        )
                      }
                    >
                      {c.label}
                    </TableSortLabel>
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(item => (
              <Row key={item.entityRef} item={item} />
            ))}
            {items.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length}>
                  No clusters match the filters. Clear or widen them.
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={totalItems}
        page={limit > 0 ? Math.floor(offset / limit) : 0}
        rowsPerPage={limit}
        rowsPerPageOptions={[limit]}
        onPageChange={(_, page) => props.onPage(page * limit)}
      />
    </>
  );
}
