import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import {
  CriterionResult,
  CriterionStatus,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { points, sealLabel } from '../../lib/format';
import { EvidenceList } from '../EvidenceList';
import { ProvenanceChip } from '../ProvenanceChip';
import { SealChip } from '../SealChip';

const STATUS_COLOUR: Record<
  CriterionStatus,
  'success' | 'warning' | 'error' | 'default'
> = {
  pass: 'success',
  partial: 'warning',
  fail: 'error',
  unknown: 'default',
  na: 'default',
};

function Cap(props: { criterion: CriterionResult; binding: boolean }) {
  const { criterion, binding } = props;
  if (criterion.sealCap !== null) {
    return (
      <>
        <SealChip seal={criterion.sealCap} />
        {binding && (
          <Typography variant="caption" color="error" component="div">
            binding
          </Typography>
        )}
      </>
    );
  }
  if (criterion.lowestPossibleCap !== null) {
    return (
      <Typography variant="body2" color="warning.main">
        unknown; could cap at {sealLabel(criterion.lowestPossibleCap)}
      </Typography>
    );
  }
  return <>score only</>;
}

/** Every criterion of a report with its answer, points, cap and evidence. */
export function CriteriaTable(props: {
  criteria: CriterionResult[];
  binding: string[];
}) {
  const binding = new Set(props.binding);
  const columns: TableColumn<CriterionResult>[] = [
    {
      title: 'Criterion',
      field: 'criterionId',
      cellStyle: { minWidth: 240, verticalAlign: 'top' },
      // Let the filter box find criteria by title too, not only by id.
      customFilterAndSearch: (term: string, c: CriterionResult) =>
        `${c.criterionId} ${c.title}`
          .toLocaleLowerCase('en-US')
          .includes(term.toLocaleLowerCase('en-US')),
      render: c => (
        <>
          <strong>{c.criterionId}</strong> {c.title}
          {c.detail && (
            <Typography variant="caption" component="div">
              {c.detail}
            </Typography>
          )}
        </>
      ),
    },
    { title: 'Objective', field: 'objective' },
    {
      title: 'Status',
      field: 'status',
      render: c => (
        <Chip size="small" color={STATUS_COLOUR[c.status]} label={c.status} />
      ),
    },
    {
      title: 'Answer',
      field: 'answer.label',
      render: c => c.answer?.label ?? (c.status === 'na' ? 'n/a' : '—'),
    },
    {
      title: 'Points',
      field: 'points',
      type: 'numeric',
      render: c =>
        c.status === 'na'
          ? 'n/a'
          : `${points(c.points)} / ${points(c.maxPoints)}`,
    },
    {
      title: 'Cap',
      field: 'sealCap',
      render: c => <Cap criterion={c} binding={binding.has(c.criterionId)} />,
    },
    {
      title: 'Provenance',
      field: 'provenance',
      render: c => <ProvenanceChip provenance={c.provenance} />,
    },
    {
      title: 'Evidence',
      sorting: false,
      // Evidence values are long; a narrow column would wrap them letter by letter.
      cellStyle: { minWidth: 360, verticalAlign: 'top' },
      render: c => <EvidenceList evidence={c.evidence} />,
    },
  ];
  return (
    <Table<CriterionResult>
      title="Criteria"
      columns={columns}
      data={props.criteria}
      options={{ paging: false, padding: 'dense', search: true }}
    />
  );
}
