import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  ClusterChangeKind,
  ClusterChangeRecord,
  ClusterChangesResponse,
  ClusterChangeStatus,
  ObjectDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';
import { LoadErrorPanel } from '../LoadErrorPanel';
import { CardSection as Section } from '../CardSection';

/** Where a cluster's day-2 changes start when there are none yet. */
export const UPGRADE_TEMPLATE_PATH =
  '/create/templates/default/upgrade-sovereign-cluster';

const KIND_TITLES: Record<ClusterChangeKind, string> = {
  upgrade: 'Upgrade',
  'node-pools': 'Node pools',
  addons: 'Add-ons',
  decommission: 'Decommission',
};

const STATUS_COLORS: Record<
  ClusterChangeStatus,
  'default' | 'info' | 'success' | 'warning' | 'error'
> = {
  planned: 'info',
  decommissioning: 'warning',
  applied: 'success',
  failed: 'error',
  decommissioned: 'default',
};

/** Not applied (yet), or still running: shown above what is done. */
const PENDING: ReadonlySet<ClusterChangeStatus> = new Set([
  'planned',
  'decommissioning',
]);

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** `3 hours ago`, `yesterday`, in the user's locale. */
export function relativeTime(iso: string, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = (time - now) / 1000;
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(Math.round(seconds), 'second');
}

/** Relative time, the exact ISO time on hover. */
function When(props: { iso: string }) {
  return (
    <Tooltip title={props.iso}>
      <time dateTime={props.iso}>{relativeTime(props.iso)}</time>
    </Tooltip>
  );
}

/** The scaffolder task behind a change; checkpoint keys add `:<step>` to the task id. */
export function taskPath(changeId: string): string {
  return `/create/tasks/${encodeURIComponent(changeId.split(':')[0])}`;
}

const MAX_VALUE_LENGTH = 120;

/** A field value as it would read in the manifest; `—` where it is absent. */
function fieldValue(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH
    ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…`
    : text;
}

function objectName(o: ObjectDiff): string {
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

function Managers(props: { managers: string[] }) {
  return <>{props.managers.length ? props.managers.join(', ') : '—'}</>;
}

/** What applying the change does, object by object. */
function DiffView(props: { diff: ObjectDiff[] }) {
  if (props.diff.length === 0) {
    return <Typography variant="body2">The change has no diff.</Typography>;
  }
  return (
    <Stack spacing={1.5}>
      {props.diff.map(o => (
        <Box
          key={`${o.apiVersion}/${o.kind}/${o.namespace ?? ''}/${o.name}`}
          component="section"
          aria-label={objectName(o)}
        >
          <Stack direction="row" spacing={1} alignItems="center">
            <Typography variant="subtitle2" component="h4">
              {objectName(o)}
            </Typography>
            <Chip size="small" variant="outlined" label={o.action} />
            <Typography variant="caption" color="textSecondary">
              {o.apiVersion}
            </Typography>
          </Stack>
          {o.fields.length === 0 ? (
            <Typography variant="body2">No field changes.</Typography>
          ) : (
            <Table size="small" aria-label={`Fields of ${objectName(o)}`}>
              <TableHead>
                <TableRow>
                  <TableCell>Field</TableCell>
                  <TableCell>Change</TableCell>
                  <TableCell>Before → after</TableCell>
                  <TableCell>Managers</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {o.fields.map(f => (
                  <TableRow key={f.path}>
                    <TableCell>
                      <code>{f.path}</code>
                    </TableCell>
                    <TableCell>{f.change}</TableCell>
                    <TableCell>
                      {fieldValue(f.before)} → {fieldValue(f.after)}
                    </TableCell>
                    <TableCell>
                      <Managers managers={f.managers} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      ))}
    </Stack>
  );
}

function ChangeItem(props: { change: ClusterChangeRecord }) {
  const { change } = props;
  const [open, setOpen] = useState(false);
  const diffId = useId();
  return (
    <Box
      component="li"
      aria-label={change.summary}
      sx={{ listStyle: 'none', py: 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        <Chip
          size="small"
          color={STATUS_COLORS[change.status]}
          label={change.status}
        />
        <Typography variant="body2" component="span" fontWeight="bold">
          {KIND_TITLES[change.kind] ?? change.kind}
        </Typography>
        <Typography variant="body2" component="span">
          {change.summary}
        </Typography>
      </Stack>
      <Typography variant="body2" color="textSecondary" component="div">
        Requested by{' '}
        {change.requestedBy ? (
          <EntityRefLink entityRef={change.requestedBy} defaultKind="user" />
        ) : (
          'unknown'
        )}{' '}
        <When iso={change.requestedAt} />
        {change.updatedAt && change.updatedAt !== change.requestedAt && (
          <>
            , updated <When iso={change.updatedAt} />
          </>
        )}
        {change.mode === 'gitops' && ', through the GitOps repository'}
        {' · '}
        <Link to={taskPath(change.id)}>Task</Link>
      </Typography>
      {change.status === 'failed' && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {change.error ?? 'The change failed; the task log says why.'}
        </Alert>
      )}
      <Button
        size="small"
        aria-expanded={open}
        aria-controls={diffId}
        onClick={() => setOpen(o => !o)}
      >
        {open
          ? 'Hide diff'
          : `Show diff (${change.diff.length} ${
              change.diff.length === 1 ? 'object' : 'objects'
            })`}
      </Button>
      <Collapse in={open} unmountOnExit id={diffId}>
        <DiffView diff={change.diff} />
      </Collapse>
    </Box>
  );
}

function ChangeList(props: { title: string; changes: ClusterChangeRecord[] }) {
  if (props.changes.length === 0) return null;
  return (
    <Section title={props.title}>
      <Box
        component="ul"
        aria-label={`${props.title} changes`}
        sx={{ p: 0, m: 0 }}
      >
        {props.changes.map(c => (
          <ChangeItem key={c.id} change={c} />
        ))}
      </Box>
    </Section>
  );
}

type DriftRow = {
  object: string;
  path?: string;
  expected: string;
  observed: string;
  managers: string[];
};

/**
 * The backend reports drift as a diff from the change to now: `before` is
 * what the change set, `after` what the object holds now; an object that is
 * gone comes as `delete` without fields.
 */
function driftRows(objects: ObjectDiff[]): DriftRow[] {
  return objects.flatMap((o): DriftRow[] =>
    o.action === 'delete'
      ? [
          {
            object: objectName(o),
            expected: 'present',
            observed: 'missing',
            managers: [],
          },
        ]
      : o.fields.map(f => ({
          object: objectName(o),
          path: f.path,
          expected: fieldValue(f.before),
          observed: f.after === undefined ? 'absent' : fieldValue(f.after),
          managers: f.managers,
        })),
  );
}

/** Why the backend answered without drift. */
function noDriftReason(changes: ClusterChangeRecord[]): string {
  if (
    changes.some(
      c => c.status === 'decommissioning' || c.status === 'decommissioned',
    )
  ) {
    return 'Drift is not checked for a cluster that is being or was decommissioned.';
  }
  if (!changes.some(c => c.status === 'applied')) {
    return 'No applied change to compare the management cluster with yet.';
  }
  return 'No live source for the management cluster, so drift is not checked.';
}

function DriftSection(props: { value: ClusterChangesResponse }) {
  const { drift, changes } = props.value;
  if (!drift) {
    return <Typography variant="body2">{noDriftReason(changes)}</Typography>;
  }
  if (drift.error) {
    return (
      <Alert severity="warning">
        Drift not checked <When iso={drift.checkedAt} />: {drift.error}
      </Alert>
    );
  }
  const rows = driftRows(drift.objects);
  if (rows.length === 0) {
    return (
      <Typography variant="body2">
        No drift since the last change (checked <When iso={drift.checkedAt} />
        ).
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" gutterBottom>
        The management cluster differs from what the last applied change set
        (checked <When iso={drift.checkedAt} />
        ). The managers own each field now.
      </Typography>
      <Table size="small" aria-label="Drifted fields">
        <TableHead>
          <TableRow>
            <TableCell>Object</TableCell>
            <TableCell>Field</TableCell>
            <TableCell>Expected</TableCell>
            <TableCell>Observed</TableCell>
            <TableCell>Managers</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(r => (
            <TableRow key={`${r.object} ${r.path ?? ''}`}>
              <TableCell>{r.object}</TableCell>
              <TableCell>
                {r.path ? <code>{r.path}</code> : 'whole object'}
              </TableCell>
              <TableCell>{r.expected}</TableCell>
              <TableCell>{r.observed}</TableCell>
              <TableCell>
                <Managers managers={r.managers} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function ChangesBody(props: { value: ClusterChangesResponse }) {
  const { changes, drift } = props.value;
  if (changes.length === 0 && !drift) {
    return (
      <EmptyState
        missing="data"
        title="No changes recorded for this cluster yet"
        description="Upgrades and node pool, add-on and decommission changes made with the templates show up here, each with its diff and task."
        action={
          <Button
            variant="contained"
            component={Link}
            to={UPGRADE_TEMPLATE_PATH}
          >
            Upgrade this cluster
          </Button>
        }
      />
    );
  }
  return (
    <Stack spacing={2}>
      <ChangeList
        title="Pending"
        changes={changes.filter(c => PENDING.has(c.status))}
      />
      <ChangeList
        title="Past"
        changes={changes.filter(c => !PENDING.has(c.status))}
      />
      <Section title="Drift">
        <DriftSection value={props.value} />
      </Section>
    </Stack>
  );
}

/**
 * Entity card of a SovereignCluster: its pending and past changes (from the
 * provisioning records), each with its diff and task, and the drift between
 * what the newest change declared and what the management cluster has now.
 * @public
 */
export function ClusterChangesCard() {
  const { entity } = useEntity();
  const api = useApi(sovereignCloudApiRef);
  const ref = stringifyEntityRef(entity);
  const { loading, error, value, retry } = useAsyncRetry(
    () => api.getClusterChanges(ref),
    [api, ref],
  );
  return (
    <InfoCard title="Changes">
      {loading && <Progress />}
      {error && (
        <LoadErrorPanel
          error={error}
          onRetry={retry}
          permission="sovereign-cloud.cluster.read"
          subject="cluster"
        />
      )}
      {!loading && value && <ChangesBody value={value} />}
    </InfoCard>
  );
}
