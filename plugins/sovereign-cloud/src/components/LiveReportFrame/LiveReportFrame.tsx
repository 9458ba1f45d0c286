import { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SOVEREIGN_CLOUD_DEMO,
  LiveCollectionStatus,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { LiveReportState } from '../../hooks/useLiveReport';
import { backendMessage, statusOf } from '../../lib/errors';
import { formatTime } from '../../lib/format';

/** A part of the collection that could not be read, and why. */
export type LiveProblem = { part: string; reason: string };

/** What a live card has to show once the backend answered. */
export type LiveReportView = {
  status: LiveCollectionStatus;
  collectedAt?: string;
  durationMs?: number;
  /** e.g. `the Kubernetes API of cluster demo-eu`. */
  source: string;
  reason?: string;
  problems: LiveProblem[];
};

const STATUS_COLOUR: Record<
  LiveCollectionStatus,
  'success' | 'warning' | 'error' | 'default'
> = {
  observed: 'success',
  partial: 'warning',
  failed: 'error',
  'not-configured': 'default',
};

const STATUS_LABEL: Record<LiveCollectionStatus, string> = {
  observed: 'observed',
  partial: 'partial',
  failed: 'failed',
  'not-configured': 'no live source',
};

function requestHint(status: number | undefined): string {
  if (status === 403) {
    return 'You lack the permission to read live data of this cluster; ask a Backstage admin to grant it.';
  }
  if (status === 404) {
    return 'The backend does not know this cluster, or does not serve live data: check that the sovereign-cloud backend plugin is up to date and the entity is in the catalog.';
  }
  return 'The sovereign-cloud backend did not answer. Retry; if it keeps failing, check that the backend plugin is installed and read its logs.';
}

function Collected(props: {
  view: LiveReportView;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { view, onRefresh, refreshing } = props;
  let when: string | undefined;
  if (view.status !== 'not-configured') {
    when = view.collectedAt
      ? `Collected ${formatTime(view.collectedAt)}`
      : 'Never collected';
  }
  return (
    <Stack
      direction="row"
      spacing={1}
      alignItems="center"
      flexWrap="wrap"
      useFlexGap
    >
      <Chip
        size="small"
        variant="outlined"
        color={STATUS_COLOUR[view.status]}
        label={STATUS_LABEL[view.status]}
      />
      <Typography
        variant="body2"
        color="text.secondary"
        aria-label="Collection"
        sx={{ flexGrow: 1 }}
      >
        {when ? `${when} from ${view.source}` : 'Declared facts only'}
        {when && view.durationMs !== undefined
          ? ` in ${(view.durationMs / 1000).toFixed(1)} s`
          : ''}
      </Typography>
      {view.status !== 'not-configured' && (
        <Button size="small" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? 'Collecting…' : 'Collect now'}
        </Button>
      )}
    </Stack>
  );
}

/**
 * The frame of a live card: loading, the request's error, and the report's
 * status (not configured, failed, partial) around the card's own content,
 * with when and from where the data was collected. Never blank.
 */
export function LiveReportFrame(props: {
  title: string;
  /** Where observed data comes from, e.g. "Observed from the cluster's Prometheus". */
  subheader?: string;
  /** The cluster; its demo annotation marks fixture data. */
  entity: Entity;
  /** The report's state, from `useLiveReport`. */
  live: LiveReportState<unknown>;
  view?: LiveReportView;
  /** What to configure to get a live source, for the not-configured state. */
  configure: ReactNode;
  /** Declared facts from the entity, shown when nothing was observed. */
  declared?: ReactNode;
  /** The observed content; rendered for `observed` and `partial`. */
  children?: ReactNode;
  /** Shown under the content whatever the status, e.g. links. */
  footer?: ReactNode;
}) {
  const { view, live } = props;
  const demo =
    props.entity.metadata.annotations?.[ANNOTATION_SOVEREIGN_CLOUD_DEMO] ===
    'true';
  let body: ReactNode;
  if (live.loading) {
    body = <Progress />;
  } else if (live.error || !view) {
    const error = live.error ?? new Error('The backend sent no report');
    body = (
      <Stack spacing={1}>
        <Typography variant="subtitle1" component="h3">
          Could not load the {props.title.toLocaleLowerCase('en-US')}
        </Typography>
        <ResponseErrorPanel error={error} />
        {backendMessage(error) && (
          <Typography variant="body2">
            The backend said: {backendMessage(error)}
          </Typography>
        )}
        <Typography variant="body2">{requestHint(statusOf(error))}</Typography>
        <div>
          <Button variant="outlined" onClick={live.retry}>
            Retry
          </Button>
        </div>
      </Stack>
    );
  } else {
    const observedSomething =
      view.status === 'observed' || view.status === 'partial';
    body = (
      <Stack spacing={2}>
        <Collected
          view={view}
          onRefresh={live.refresh}
          refreshing={live.refreshing}
        />
        {live.refreshError && (
          <Alert severity="error">
            Could not collect again: {live.refreshError.message}
          </Alert>
        )}
        {view.status === 'not-configured' && (
          <Alert severity="info">
            <AlertTitle>No live source configured</AlertTitle>
            {view.reason && (
              <Typography variant="body2" gutterBottom>
                The backend said: {view.reason}.
              </Typography>
            )}
            <Typography variant="body2">{props.configure}</Typography>
          </Alert>
        )}
        {view.status === 'failed' && (
          <Alert severity="error">
            <AlertTitle>Could not read {view.source}</AlertTitle>
            {view.reason ?? 'The source did not answer.'}
          </Alert>
        )}
        {view.status === 'partial' && (
          <Alert severity="warning">
            <AlertTitle>
              Partial data: {view.problems.length}{' '}
              {view.problems.length === 1 ? 'part' : 'parts'} could not be read
            </AlertTitle>
            <Box
              component="ul"
              aria-label="Parts not read"
              sx={{ m: 0, pl: 2 }}
            >
              {view.problems.map(p => (
                <li key={`${p.part}:${p.reason}`}>
                  {p.part}: {p.reason}
                </li>
              ))}
            </Box>
            {view.problems.length === 0 && view.reason}
          </Alert>
        )}
        {!observedSomething && props.declared && (
          <Box component="section" aria-label="Declared facts">
            <Typography variant="subtitle2" component="h3" gutterBottom>
              Declared in the catalog (not observed)
            </Typography>
            {props.declared}
          </Box>
        )}
        {observedSomething && props.children}
        {props.footer}
      </Stack>
    );
  }
  const observed = view?.status === 'observed' || view?.status === 'partial';
  const subheader = [
    observed ? props.subheader : 'Not observed: what the catalog declares',
    demo ? 'Demo cluster: a test server with fixture objects' : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <InfoCard title={props.title} subheader={subheader}>
      {body}
    </InfoCard>
  );
}
