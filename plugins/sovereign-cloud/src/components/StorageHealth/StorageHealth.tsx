import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  OptionalComponent,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatBytes } from '../../lib/bytes';
import { formatTime, percent } from '../../lib/format';

function healthColour(health?: string): 'success' | 'warning' | 'error' {
  if (health === 'HEALTH_OK') return 'success';
  if (health === 'HEALTH_ERR') return 'error';
  return 'warning';
}

/** "not installed", "not read" or a count, for a component that may be absent. */
function presence<T>(
  component: OptionalComponent<T> | undefined,
  noun: [string, string],
): string {
  if (!component) return 'could not be read';
  if (!component.installed) return 'not installed';
  const n = component.items.length;
  return `installed, ${n} ${n === 1 ? noun[0] : noun[1]}`;
}

function Ceph(props: { ceph: StorageReport['ceph'] }) {
  const { ceph } = props;
  if (!ceph || !ceph.installed) {
    return (
      <Typography variant="body2">
        Rook-Ceph: {ceph ? 'not installed' : 'could not be read'}.
      </Typography>
    );
  }
  return (
    <Stack
      spacing={1}
      component="ul"
      aria-label="Ceph clusters"
      sx={{ m: 0, pl: 0, listStyle: 'none' }}
    >
      {ceph.items.map(c => {
        const cap = c.capacity;
        return (
          <li key={`${c.namespace}/${c.name}`}>
            <Stack
              direction="row"
              spacing={1}
              alignItems="center"
              flexWrap="wrap"
              useFlexGap
            >
              <Typography variant="body2">
                Ceph {c.namespace}/{c.name}
                {c.version ? ` (${c.version})` : ''}
              </Typography>
              <Chip
                size="small"
                color={healthColour(c.health)}
                label={c.health ?? 'health not reported'}
              />
              {cap && (
                <Typography variant="body2" aria-label="Ceph capacity">
                  {formatBytes(cap.bytesUsed)} of {formatBytes(cap.bytesTotal)}{' '}
                  raw used (
                  {percent(
                    cap.bytesTotal > 0 ? cap.bytesUsed / cap.bytesTotal : 0,
                  )}
                  )
                  {c.capacityUpdatedAt
                    ? `, reported ${formatTime(c.capacityUpdatedAt)}`
                    : ''}
                </Typography>
              )}
            </Stack>
            {c.messages.length > 0 && (
              <Box component="ul" sx={{ my: 0.5 }}>
                {c.messages.map(m => (
                  <Typography component="li" variant="body2" key={m}>
                    {m}
                  </Typography>
                ))}
              </Box>
            )}
          </li>
        );
      })}
    </Stack>
  );
}

function Longhorn(props: { longhorn: StorageReport['longhorn'] }) {
  const { longhorn } = props;
  if (!longhorn || !longhorn.installed) {
    return (
      <Typography variant="body2">
        Longhorn: {longhorn ? 'not installed' : 'could not be read'}.
      </Typography>
    );
  }
  const unhealthy = longhorn.items.filter(v => v.robustness !== 'healthy');
  return (
    <Box>
      <Typography variant="body2">
        Longhorn: {longhorn.items.length}{' '}
        {longhorn.items.length === 1 ? 'volume' : 'volumes'}, {unhealthy.length}{' '}
        not healthy.
      </Typography>
      {unhealthy.length > 0 && (
        <Box
          component="ul"
          aria-label="Longhorn volumes not healthy"
          sx={{ my: 0.5 }}
        >
          {unhealthy.map(v => (
            <Typography component="li" variant="body2" key={v.name}>
              {v.pvc ? `${v.pvc.namespace}/${v.pvc.name}` : v.name}:{' '}
              {v.robustness}
              {v.state ? `, ${v.state}` : ''}, {formatBytes(v.sizeBytes)}
              {v.numberOfReplicas !== undefined
                ? `, ${v.numberOfReplicas} replicas wanted`
                : ''}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** Ceph health and capacity, Longhorn volumes not healthy, snapshots and backups. */
export function StorageHealth(props: { report: StorageReport }) {
  const { report } = props;
  const backups = report.backups?.installed ? report.backups.items : [];
  const lastBackup = backups
    .filter(b => b.completedAt)
    .sort((a, b) => b.completedAt!.localeCompare(a.completedAt!))[0];
  return (
    <Stack spacing={1}>
      <Ceph ceph={report.ceph} />
      <Longhorn longhorn={report.longhorn} />
      <Typography variant="body2" aria-label="Volume snapshots">
        CSI volume snapshots:{' '}
        {presence(report.snapshots, ['snapshot', 'snapshots'])}.
      </Typography>
      <Typography variant="body2" aria-label="Backups">
        Velero backups: {presence(report.backups, ['backup', 'backups'])}
        {lastBackup
          ? `; last ${lastBackup.name} ${lastBackup.phase ?? ''} ${formatTime(
              lastBackup.completedAt,
            )}`
          : ''}
        .
      </Typography>
    </Stack>
  );
}
