import { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LiveCollectionStatus } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { backendMessage, statusOf } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { ReportRequest } from './useClusterReports';

/** What a source's report says about how it was gathered. */
export type SourceView = {
  status: LiveCollectionStatus;
  reason?: string;
  collectedAt?: string;
  /** e.g. `Prometheus at http://…`. */
  from: string;
  /** Parts that could not be read, as `part: reason`. */
  problems: string[];
};

const COLOUR: Record<
  LiveCollectionStatus,
  'success' | 'warning' | 'error' | 'default'
> = {
  observed: 'success',
  partial: 'warning',
  failed: 'error',
  'not-configured': 'default',
};

const LABEL: Record<LiveCollectionStatus, string> = {
  observed: 'observed',
  partial: 'partial',
  failed: 'failed',
  'not-configured': 'not configured',
};

function requestFailure(error: Error): string {
  const message = backendMessage(error) ?? error.message;
  if (statusOf(error) === 403) {
    return `${message}. You lack the permission to read live data of this cluster; ask a Backstage admin to grant it.`;
  }
  return message;
}

/**
 * One live source of a cluster (its Kubernetes API or its Prometheus): a
 * status chip, when and where the data was collected, why it is missing,
 * and the observed content for `observed` and `partial`.
 */
export function SourceState<T>(props: {
  /** e.g. `Storage`. */
  title: string;
  /** e.g. `Kubernetes API`. */
  source: string;
  request: ReportRequest<T>;
  view: (report: T) => SourceView;
  /** What to configure when the cluster names no such source. */
  configure: string;
  children: (report: T) => ReactNode;
}) {
  const { request, title, source } = props;
  let chip: { label: string; colour: LiveCollectionStatus };
  let body: ReactNode;
  if (request.loading) {
    chip = { label: 'loading', colour: 'not-configured' };
    body = <Skeleton variant="text" aria-label={`Loading ${title}`} />;
  } else if (request.error || !request.report) {
    chip = { label: 'failed', colour: 'failed' };
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={request.retry}>
            Retry
          </Button>
        }
      >
        Could not load the {title.toLocaleLowerCase('en-US')} report:{' '}
        {requestFailure(request.error ?? new Error('no report'))}
      </Alert>
    );
  } else {
    const view = props.view(request.report);
    chip = { label: LABEL[view.status], colour: view.status };
    const observed = view.status === 'observed' || view.status === 'partial';
    body = (
      <Stack spacing={0.5}>
        {view.status !== 'not-configured' && (
          <Typography variant="caption" color="text.secondary">
            {view.collectedAt
              ? `Collected ${formatTime(view.collectedAt)} from ${view.from}`
              : `Never collected from ${view.from}`}
          </Typography>
        )}
        {view.status === 'not-configured' && (
          <Alert severity="info">
            No {source} configured for this cluster
            {view.reason ? ` (${view.reason})` : ''}. {props.configure}
          </Alert>
        )}
        {view.status === 'failed' && (
          <Alert severity="error">
            Could not read {view.from}: {view.reason ?? 'it did not answer'}
          </Alert>
        )}
        {view.status === 'partial' && (
          <Alert severity="warning">
            Partial: {view.problems.join('; ') || view.reason}
          </Alert>
        )}
        {observed && props.children(request.report)}
      </Stack>
    );
  }
  return (
    <Box component="section" aria-label={title}>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 0.5 }}>
        <Typography variant="subtitle2" component="h4">
          {title}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={COLOUR[chip.colour]}
          label={`${source}: ${chip.label}`}
        />
      </Stack>
      {body}
    </Box>
  );
}
