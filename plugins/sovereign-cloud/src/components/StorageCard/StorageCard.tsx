import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  isSovereignCluster,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { useLiveReport } from '../../hooks/useLiveReport';
import { KUBERNETES_SOURCE_HINT } from '../../lib/liveSources';
import { CardSection as Section } from '../CardSection';
import { DeclaredFacts } from '../DeclaredFacts';
import { LiveReportFrame, LiveReportView } from '../LiveReportFrame';
import { StorageCapacity } from '../StorageCapacity';
import { StorageClassesTable } from '../StorageClassesTable';
import { StorageHealth } from '../StorageHealth';

function declaredStorage(entity: Entity) {
  const storage = isSovereignCluster(entity) ? entity.spec.storage : undefined;
  return (
    <DeclaredFacts
      empty="The entity declares no storage (spec.storage)."
      facts={[
        ['Backend', storage?.backend],
        [
          'Replication',
          storage?.replication !== undefined
            ? `${storage.replication} copies${
                storage.failureDomain ? ` across ${storage.failureDomain}s` : ''
              }`
            : undefined,
        ],
        ['Failure domains', storage?.failureDomains?.join(', ')],
        [
          'Classes',
          storage?.classes
            ?.map(c => {
              let encryption = '';
              if (c.encrypted !== undefined) {
                encryption = c.encrypted ? ', encrypted' : ', not encrypted';
              }
              return `${c.name}${c.default ? ' (default)' : ''}${encryption}`;
            })
            .join('; '),
        ],
      ]}
    />
  );
}

function view(report: StorageReport): LiveReportView {
  return {
    status: report.status,
    collectedAt: report.collectedAt,
    durationMs: report.durationMs,
    source: `the Kubernetes API of cluster ${report.source.cluster}`,
    reason: report.reason,
    problems: report.problems.map(p => ({ part: p.section, reason: p.reason })),
  };
}

/**
 * Entity card with a SovereignCluster's storage as its Kubernetes API shows
 * it: classes and backends, capacity by class and by location, Ceph and
 * Longhorn health, snapshots and backups.
 * @public
 */
export function StorageCard() {
  const { entity } = useEntity();
  const live = useLiveReport('storage', entity);
  const { report } = live;
  const unread = new Set(report?.problems.map(p => p.section));
  return (
    <LiveReportFrame
      title="Storage"
      subheader="Observed from the cluster's Kubernetes API"
      entity={entity}
      live={live}
      view={report && view(report)}
      configure={KUBERNETES_SOURCE_HINT}
      declared={declaredStorage(entity)}
    >
      {report && (
        <Stack spacing={2}>
          <Section title="Classes and backends">
            {unread.has('storageClasses') ? (
              <Typography variant="body2">
                The StorageClasses could not be read.
              </Typography>
            ) : (
              <StorageClassesTable classes={report.classes} />
            )}
            {report.csiDrivers.length > 0 && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                CSI drivers:{' '}
                {report.csiDrivers
                  .map(d => `${d.name} (${d.backend})`)
                  .join(', ')}
              </Typography>
            )}
          </Section>
          <Section title="Capacity and where it lives">
            {unread.has('persistentVolumes') ? (
              <Typography variant="body2">
                The persistent volumes could not be read.
              </Typography>
            ) : (
              <StorageCapacity summary={report.summary} />
            )}
          </Section>
          <Section title="Health and protection">
            <StorageHealth report={report} />
          </Section>
        </Stack>
      )}
    </LiveReportFrame>
  );
}
