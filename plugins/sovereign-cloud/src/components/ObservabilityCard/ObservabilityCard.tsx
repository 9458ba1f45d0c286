import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  isSovereignCluster,
  ObservabilityLinks,
  ObservabilityReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { useLiveReport } from '../../hooks/useLiveReport';
import { PROMETHEUS_SOURCE_HINT } from '../../lib/liveSources';
import { CardSection as Section } from '../CardSection';
import { DeclaredFacts } from '../DeclaredFacts';
import { FiringAlertsTable } from '../FiringAlertsTable';
import { LiveReportFrame, LiveReportView } from '../LiveReportFrame';
import { NodeUsageChart } from '../NodeUsageChart';
import { ScrapeHealthSummary } from '../ScrapeHealthSummary';
import { StorageGrowth } from '../StorageGrowth';

const PART_TITLE: Record<string, string> = {
  nodes: 'node usage',
  nodeHistory: 'node usage history',
  storage: 'filesystem use',
  storageHistory: 'filesystem history',
  scrapeHealth: 'scrape targets',
  alerts: 'alerts',
  mesh: 'mesh reachability',
};

function view(report: ObservabilityReport): LiveReportView {
  return {
    status: report.status,
    collectedAt: report.collectedAt,
    durationMs: report.durationMs,
    source: report.source
      ? `Prometheus at ${report.source.url}`
      : 'no Prometheus',
    reason: report.reason,
    problems: report.parts
      .filter(p => p.status === 'failed')
      .map(p => ({
        part: PART_TITLE[p.part] ?? p.part,
        reason: p.reason ?? 'failed',
      })),
  };
}

function declaredObservability(entity: Entity) {
  const o = isSovereignCluster(entity) ? entity.spec.observability : undefined;
  return (
    <DeclaredFacts
      empty="The entity declares no observability (spec.observability)."
      facts={[
        ['Prometheus', o?.prometheus?.url],
        ['Alertmanager', o?.alertmanager?.url],
        ['Grafana', o?.grafana?.url],
        [
          'OTLP',
          o?.otlp
            ? `${o.otlp.endpoint}${
                o.otlp.protocol ? ` (${o.otlp.protocol})` : ''
              }`
            : undefined,
        ],
      ]}
    />
  );
}

function Links(props: { links: ObservabilityLinks }) {
  const { grafana, alertmanager } = props.links;
  if (!grafana && !alertmanager) return null;
  return (
    <Stack direction="row" spacing={1} aria-label="Observability links">
      {grafana && (
        <Button
          size="small"
          variant="outlined"
          href={grafana}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open Grafana
        </Button>
      )}
      {alertmanager && (
        <Button
          size="small"
          variant="outlined"
          href={alertmanager}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open Alertmanager
        </Button>
      )}
    </Stack>
  );
}

function Observed(props: { report: ObservabilityReport }) {
  const { report } = props;
  const meshRemotes = report.mesh?.remoteClusters ?? [];
  return (
    <Stack spacing={2}>
      <Section title="Health">
        {report.scrapeHealth ? (
          <ScrapeHealthSummary health={report.scrapeHealth} />
        ) : (
          <Typography variant="body2">Scrape targets not read.</Typography>
        )}
        {report.alerts && (
          <Typography variant="body2" aria-label="Alerts firing">
            {report.alerts.length}{' '}
            {report.alerts.length === 1 ? 'alert' : 'alerts'} firing.
          </Typography>
        )}
        {meshRemotes.length > 0 && (
          <Typography variant="body2" aria-label="Mesh reachability">
            Mesh:{' '}
            {meshRemotes
              .map(
                r =>
                  `${r.cluster} ${r.ready ? 'ready' : 'not ready'} (${
                    r.readyAgents
                  }/${r.agents} agents)`,
              )
              .join(', ')}
            .
          </Typography>
        )}
      </Section>
      <Section title="Node CPU and memory">
        <NodeUsageChart nodes={report.nodes} history={report.nodeHistory} />
      </Section>
      <Section title="Filesystem use and growth">
        <StorageGrowth usage={report.storage} history={report.storageHistory} />
      </Section>
      <Section title="Firing alerts">
        {report.alerts ? (
          <FiringAlertsTable alerts={report.alerts} />
        ) : (
          <Typography variant="body2">Alerts not read.</Typography>
        )}
      </Section>
    </Stack>
  );
}

/**
 * Entity card with a SovereignCluster's health, node and filesystem use
 * over time, and firing alerts, from the cluster's Prometheus.
 * @public
 */
export function ObservabilityCard() {
  const { entity } = useEntity();
  const live = useLiveReport('observability', entity);
  const { report } = live;
  return (
    <LiveReportFrame
      title="Observability"
      subheader="Observed from the cluster's Prometheus"
      entity={entity}
      live={live}
      view={report && view(report)}
      configure={PROMETHEUS_SOURCE_HINT}
      declared={declaredObservability(entity)}
      footer={report && <Links links={report.links} />}
    >
      {report && <Observed report={report} />}
    </LiveReportFrame>
  );
}
