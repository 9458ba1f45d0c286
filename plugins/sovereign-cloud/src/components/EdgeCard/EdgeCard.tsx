import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  ComponentEdgeResponse,
  EdgeClusterHealth,
  EdgeEntryPosture,
  EdgePosture,
  EdgeProviderLossOutcome,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';
import { LoadErrorPanel } from '../LoadErrorPanel';
import { FindingsList } from '../FindingsList';

const HEALTH: Record<
  EdgeClusterHealth,
  { label: string; color: 'success' | 'warning' | 'error' | 'default' }
> = {
  serving: { label: 'serving', color: 'success' },
  degraded: { label: 'degraded', color: 'warning' },
  down: { label: 'down', color: 'error' },
  unknown: { label: 'unknown', color: 'default' },
};

const OUTCOME: Record<
  EdgeProviderLossOutcome['outcome'],
  { label: string; color: 'success' | 'warning' | 'error' }
> = {
  'keeps-serving': { label: 'keeps serving', color: 'success' },
  degrades: { label: 'degrades', color: 'warning' },
  fails: { label: 'fails', color: 'error' },
};

// Narrow cards must not break headers and provider names mid-word.
const HEADER = { '& th': { whiteSpace: 'nowrap' } };
const NO_WRAP = { whiteSpace: 'nowrap' };

const STRATEGY: Record<EdgeEntryPosture['strategy'], string> = {
  k8gb: 'k8gb DNS load balancing',
  'external-dns': 'external-dns health-checked records',
  anycast: 'anycast (BGP from private sites)',
};

function HealthChip(props: { health: EdgeClusterHealth }) {
  const { label, color } = HEALTH[props.health];
  return <Chip size="small" color={color} label={label} />;
}

function issuerText(tls: EdgeEntryPosture['tls']): string {
  if (tls.issuer === 'ca') return 'internal CA (key pair in the clusters)';
  if (tls.issuer === 'acme') {
    return `ACME CA${
      tls.issuerCountry ? ` operated in ${tls.issuerCountry}` : ''
    }`;
  }
  return 'issuer not declared';
}

function EntryFacts(props: {
  entry: EdgeEntryPosture;
  health?: ComponentEdgeResponse['entries'][number];
}) {
  const { entry, health } = props;
  const dns = entry.dns;
  return (
    <Stack spacing={0.5} aria-label={`Entry ${entry.hostname}`}>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h6" component="h3">
          {entry.hostname}
        </Typography>
        {health && <HealthChip health={health.health} />}
      </Stack>
      {health && <Typography variant="body2">{health.reason}</Typography>}
      <Typography variant="body2">
        <strong>Global entry:</strong> {STRATEGY[entry.strategy]}
      </Typography>
      <Typography variant="body2">
        <strong>DNS:</strong>{' '}
        {dns
          ? `${dns.service} at ${dns.providers
              .map(
                p =>
                  `${p.provider} (${p.jurisdiction ?? 'jurisdiction unknown'})`,
              )
              .join(', ')}`
          : 'not declared'}
      </Typography>
      <Typography variant="body2">
        <strong>TLS:</strong> {issuerText(entry.tls)}; private keys held in{' '}
        {entry.tls.keysHeldAt.length
          ? entry.tls.keysHeldAt
              .map(
                k => `${k.cluster.split('/')[1]} (${k.providers.join(', ')})`,
              )
              .join(', ')
          : 'no cluster'}
      </Typography>
    </Stack>
  );
}

function ProviderLossTable(props: { losses: EdgeProviderLossOutcome[] }) {
  return (
    <Table size="small" aria-label="Provider exit">
      <TableHead>
        <TableRow sx={HEADER}>
          <TableCell>Provider lost</TableCell>
          <TableCell>Entry</TableCell>
          <TableCell>Why</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.losses.map(l => (
          <TableRow key={l.provider}>
            <TableCell>{l.provider}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={OUTCOME[l.outcome].color}
                label={OUTCOME[l.outcome].label}
              />
            </TableCell>
            <TableCell>{l.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function EdgeBody(props: {
  edge: ComponentEdgeResponse;
  posture: EdgePosture;
}) {
  const { edge, posture } = props;
  return (
    <Stack spacing={2}>
      {edge.problems.map(problem => (
        <Alert key={problem} severity="warning">
          {problem}
        </Alert>
      ))}
      {posture.entries.map(entry => (
        <EntryFacts
          key={entry.hostname}
          entry={entry}
          health={edge.entries.find(e => e.hostname === entry.hostname)}
        />
      ))}
      <Typography variant="subtitle2" component="h3">
        Clusters behind the entry
      </Typography>
      <Table size="small" aria-label="Clusters behind the entry">
        <TableHead>
          <TableRow sx={HEADER}>
            <TableCell>Cluster</TableCell>
            <TableCell>Provider</TableCell>
            <TableCell align="right">Replicas</TableCell>
            <TableCell>Health</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {edge.clusters.map(c => (
            <TableRow key={c.entityRef}>
              <TableCell>
                <EntityRefLink entityRef={c.entityRef} title={c.title} />
              </TableCell>
              <TableCell sx={NO_WRAP}>
                {c.provider}
                {c.countries.length > 0 && ` (${c.countries.join(', ')})`}
              </TableCell>
              <TableCell align="right">{c.replicas}</TableCell>
              <TableCell>
                <Stack spacing={0.5} alignItems="flex-start">
                  <HealthChip health={c.health} />
                  <Typography variant="caption">{c.reason}</Typography>
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" component="h3">
        Exit drill: if one provider is lost
      </Typography>
      {posture.entries.map(entry => (
        <ProviderLossTable key={entry.hostname} losses={entry.providerLoss} />
      ))}
      <Typography variant="subtitle2" component="h3">
        Edge findings
      </Typography>
      {posture.findings.length ? (
        <FindingsList findings={posture.findings} />
      ) : (
        <Typography variant="body2">
          None: keys and DNS under EU control, and the entry survives the loss
          of any one provider.
        </Typography>
      )}
    </Stack>
  );
}

/**
 * Entity card of a Component: its entry points, the clusters and providers
 * behind each with their live health, what losing each provider does to the
 * entry, and the edge findings of its posture.
 * @public
 */
export function EdgeCard() {
  const { entity } = useEntity();
  const api = useApi(sovereignCloudApiRef);
  const ref = stringifyEntityRef(entity);
  const { loading, error, value, retry } = useAsyncRetry(
    () => api.getEdge(ref),
    [api, ref],
  );
  return (
    <InfoCard title="Entry points">
      {loading && <Progress />}
      {error && (
        <LoadErrorPanel
          error={error}
          onRetry={retry}
          permission="sovereign-cloud.posture.read"
          subject="component"
        />
      )}
      {!loading &&
        value &&
        (value.posture ? (
          <EdgeBody edge={value} posture={value.posture} />
        ) : (
          <EmptyState
            missing="info"
            title="No entry point declared"
            description="Expose the workload with the Deploy a sovereign workload template (Edge step), then add the sovereign-cloud.io/edge-* annotations it prints to the component."
          />
        ))}
    </InfoCard>
  );
}
