import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  isSovereignCluster,
  NetworkReport,
  ObservedOverlay,
  OverlayEncryption,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { useLiveReport } from '../../hooks/useLiveReport';
import { KUBERNETES_SOURCE_HINT } from '../../lib/liveSources';
import { CardSection as Section } from '../CardSection';
import { DeclaredFacts } from '../DeclaredFacts';
import { LiveReportFrame, LiveReportView } from '../LiveReportFrame';
import { MeshDiagram } from '../MeshDiagram';
import { NodesByLocationTable } from '../NodesByLocationTable';

const MODE_TITLE: Record<OverlayEncryption['mode'], string> = {
  wireguard: 'WireGuard',
  ipsec: 'IPsec',
  'provider-fabric': "the provider's network fabric",
  none: 'none',
  unknown: 'unknown',
};

/** Who encrypts traffic between nodes and clusters, if anyone. */
export function encryptedBy(encryption: OverlayEncryption): string | undefined {
  return encryption.mode === 'wireguard' || encryption.mode === 'ipsec'
    ? MODE_TITLE[encryption.mode]
    : undefined;
}

function chipColour(
  by: string | undefined,
  encryption: OverlayEncryption,
): 'success' | 'error' | 'default' {
  if (by) return 'success';
  return encryption.mode === 'none' ? 'error' : 'default';
}

function encryptionText(encryption: OverlayEncryption): string {
  switch (encryption.mode) {
    case 'unknown':
      return 'Unknown: no overlay the collector reads was found.';
    case 'none':
      return 'None: traffic between nodes is not encrypted by the overlay.';
    case 'provider-fabric':
      return "Left to the provider's network fabric.";
    default: {
      const scope =
        'scope' in encryption && encryption.scope === 'pod-and-node'
          ? 'pod and node traffic'
          : 'pod traffic';
      return `${MODE_TITLE[encryption.mode]}, ${scope}.`;
    }
  }
}

function overlayText(overlay: ObservedOverlay): string {
  const parts: string[] = [`CNI ${overlay.cni}`];
  const { cilium, kilo } = overlay;
  if (cilium) {
    if (cilium.routingMode) {
      parts.push(
        `${cilium.routingMode} routing${
          cilium.tunnelProtocol ? ` (${cilium.tunnelProtocol})` : ''
        }`,
      );
    }
    if (cilium.clusterName) {
      parts.push(
        `cluster ${cilium.clusterName}${
          cilium.clusterId !== undefined ? ` #${cilium.clusterId}` : ''
        }`,
      );
    }
  }
  if (kilo) {
    parts.push(
      `Kilo mesh granularity ${kilo.meshGranularity} over ${kilo.locations
        .map(l => `${l.location} (${l.nodes})`)
        .join(', ')}`,
    );
  }
  return `${parts.join(', ')}.`;
}

function declaredNetwork(entity: Entity) {
  const network = isSovereignCluster(entity) ? entity.spec.network : undefined;
  return (
    <DeclaredFacts
      empty="The entity declares no network (spec.network)."
      facts={[
        ['Overlay', network?.overlay],
        [
          'Encryption',
          network?.encryption
            ? `${network.encryption.mode}${
                network.encryption.scope ? ` (${network.encryption.scope})` : ''
              }`
            : undefined,
        ],
        ['Mesh', network?.mesh],
        ['CNI', network?.cni],
        [
          'Locations',
          isSovereignCluster(entity)
            ? `${entity.spec.provider} ${entity.spec.locations.join(', ')}`
            : undefined,
        ],
      ]}
    />
  );
}

function view(report: NetworkReport): LiveReportView {
  return {
    status: report.status,
    collectedAt: report.collectedAt,
    durationMs: report.durationMs,
    source: `the Kubernetes API of cluster ${report.source.cluster}`,
    reason: report.reason,
    problems: report.problems.map(p => ({ part: p.section, reason: p.reason })),
  };
}

function Observed(props: { report: NetworkReport; entity: Entity }) {
  const { report } = props;
  const { overlay, clusterMesh } = report;
  const by = encryptedBy(overlay.encryption);
  const unread = new Set(report.problems.map(p => p.section));
  const cluster =
    clusterMesh.clusterName ??
    overlay.cilium?.clusterName ??
    report.source.cluster;
  return (
    <Stack spacing={2}>
      <Section title="Overlay and encryption">
        <Stack direction="row" spacing={1} alignItems="center">
          <Chip
            size="small"
            color={chipColour(by, overlay.encryption)}
            label={
              by
                ? `encrypted: ${by}`
                : `encryption: ${MODE_TITLE[overlay.encryption.mode]}`
            }
          />
          <Typography variant="body2" aria-label="Encryption">
            {encryptionText(overlay.encryption)}
          </Typography>
        </Stack>
        <Typography variant="body2" aria-label="Overlay">
          {overlayText(overlay)}
        </Typography>
        {overlay.encryption.source && (
          <Typography variant="caption" color="text.secondary">
            Read from {overlay.encryption.source}.
          </Typography>
        )}
      </Section>
      <Section title="Cluster mesh">
        {unread.has('clusterMesh') && (
          <Typography variant="body2">
            The cluster mesh configuration could not be read.
          </Typography>
        )}
        {!unread.has('clusterMesh') && clusterMesh.enabled && (
          <>
            <Typography variant="body2" aria-label="Mesh configuration">
              ClusterMesh of {clusterMesh.members.length}{' '}
              {clusterMesh.members.length === 1 ? 'cluster' : 'clusters'}
              {clusterMesh.apiserver
                ? '; serves its state through clustermesh-apiserver'
                : ''}
              {clusterMesh.kvstoremesh
                ? '; KVStoreMesh caches remote clusters'
                : ''}
              .
            </Typography>
            <MeshDiagram
              cluster={cluster}
              locations={report.nodesByLocation}
              members={clusterMesh.members}
              encryptedBy={by}
            />
          </>
        )}
        {!unread.has('clusterMesh') && !clusterMesh.enabled && (
          <Typography variant="body2">
            Not in a cluster mesh (no Cilium ClusterMesh configured).
          </Typography>
        )}
      </Section>
      <Section title="Nodes per location">
        {unread.has('nodes') ? (
          <Typography variant="body2">The nodes could not be read.</Typography>
        ) : (
          <NodesByLocationTable groups={report.nodesByLocation} />
        )}
      </Section>
    </Stack>
  );
}

/**
 * Entity card with a SovereignCluster's network as its Kubernetes API shows
 * it: overlay and encryption, the cluster mesh as a picture, nodes per
 * location.
 * @public
 */
export function NetworkCard() {
  const { entity } = useEntity();
  const live = useLiveReport('network', entity);
  const { report } = live;
  return (
    <LiveReportFrame
      title="Network"
      subheader="Observed from the cluster's Kubernetes API"
      entity={entity}
      live={live}
      view={report && view(report)}
      configure={KUBERNETES_SOURCE_HINT}
      declared={declaredNetwork(entity)}
    >
      {report && <Observed report={report} entity={entity} />}
    </LiveReportFrame>
  );
}
