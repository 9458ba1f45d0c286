import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ComponentPlacementCluster,
  ObservabilityReport,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KUBERNETES_SOURCE_HINT,
  PROMETHEUS_SOURCE_HINT,
} from '../../lib/liveSources';
import { ObservabilityDigest } from './ObservabilityDigest';
import { SourceState, SourceView } from './SourceState';
import { StorageDigest } from './StorageDigest';
import { useClusterReports } from './useClusterReports';

const PART_TITLE: Record<string, string> = {
  nodes: 'node usage',
  nodeHistory: 'node usage history',
  storage: 'filesystem use',
  storageHistory: 'filesystem history',
  scrapeHealth: 'scrape targets',
  alerts: 'alerts',
  mesh: 'mesh reachability',
};

function storageView(report: StorageReport): SourceView {
  return {
    status: report.status,
    reason: report.reason,
    collectedAt: report.collectedAt,
    from: `the Kubernetes API of cluster ${report.source.cluster}`,
    problems: report.problems.map(p => `${p.section}: ${p.reason}`),
  };
}

function observabilityView(report: ObservabilityReport): SourceView {
  return {
    status: report.status,
    reason: report.reason,
    collectedAt: report.collectedAt,
    from: report.source ? `Prometheus at ${report.source.url}` : 'Prometheus',
    problems: report.parts
      .filter(p => p.status === 'failed')
      .map(p => `${PART_TITLE[p.part] ?? p.part}: ${p.reason ?? 'failed'}`),
  };
}

/**
 * One cluster a component runs on: its storage and observability reports,
 * each loaded on its own so one failing source leaves the other shown.
 */
export function ClusterLiveSection(props: {
  cluster: ComponentPlacementCluster;
  namespace: string;
}) {
  const { cluster, namespace } = props;
  const { storage, observability } = useClusterReports(cluster.entityRef);
  return (
    <Box
      component="section"
      aria-label={`Cluster ${cluster.title ?? cluster.name}`}
    >
      <Divider sx={{ mb: 1 }} />
      <Stack direction="row" spacing={1} alignItems="baseline" sx={{ mb: 1 }}>
        <Typography variant="subtitle1" component="h3">
          <EntityRefLink entityRef={cluster.entityRef} title={cluster.title} />
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {cluster.provider}
          {cluster.countries.length ? `, ${cluster.countries.join(', ')}` : ''}
          {' · '}
          {cluster.replicas} {cluster.replicas === 1 ? 'replica' : 'replicas'}
        </Typography>
      </Stack>
      <Stack spacing={1.5}>
        <SourceState
          title="Storage"
          source="Kubernetes API"
          request={storage}
          view={storageView}
          configure={KUBERNETES_SOURCE_HINT}
        >
          {report => <StorageDigest report={report} namespace={namespace} />}
        </SourceState>
        <SourceState
          title="Observability"
          source="Prometheus"
          request={observability}
          view={observabilityView}
          configure={PROMETHEUS_SOURCE_HINT}
        >
          {report => <ObservabilityDigest report={report} />}
        </SourceState>
      </Stack>
    </Box>
  );
}
