import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  StorageClassSummary,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatBytes } from '../../lib/bytes';
import { percent } from '../../lib/format';

function classLabel(c: StorageClassSummary): string {
  const notes = [
    c.isDefault ? 'default' : undefined,
    c.encryption.encrypted === true ? 'encrypted' : undefined,
  ].filter(Boolean);
  return notes.length ? `${c.name} (${notes.join(', ')})` : c.name;
}

function encryptionShare(report: StorageReport): string {
  const { capacityBytes, encryptedBytes, unencryptedBytes } = report.summary;
  if (capacityBytes <= 0) return 'no provisioned capacity';
  const unknown = capacityBytes - encryptedBytes - unencryptedBytes;
  return `${percent(
    encryptedBytes / capacityBytes,
  )} encrypted at rest (${formatBytes(encryptedBytes)} of ${formatBytes(
    capacityBytes,
  )})${
    unknown > 0
      ? `, ${formatBytes(unknown)} on classes of unknown encryption`
      : ''
  }`;
}

/** The component's claims in `namespace`, with where their volumes' bytes live. */
function NamespaceClaims(props: { report: StorageReport; namespace: string }) {
  const { report, namespace } = props;
  const unread = new Set(report.problems.map(p => p.section));
  if (unread.has('persistentVolumeClaims')) {
    return (
      <Typography variant="body2">
        The claims of namespace {namespace} could not be read.
      </Typography>
    );
  }
  const claims = report.claims.filter(c => c.namespace === namespace);
  if (claims.length === 0) {
    return (
      <Typography variant="body2">
        No persistent volume claims in namespace {namespace}.
      </Typography>
    );
  }
  const volumes = new Map(report.volumes.map(v => [v.name, v]));
  return (
    <Table size="small" aria-label={`Claims in namespace ${namespace}`}>
      <TableHead>
        <TableRow>
          <TableCell>Claim</TableCell>
          <TableCell>Class</TableCell>
          <TableCell align="right">Size</TableCell>
          <TableCell>Phase</TableCell>
          <TableCell>Lives in</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {claims.map(c => {
          const locations = c.volume
            ? volumes.get(c.volume)?.placement.locations
            : undefined;
          return (
            <TableRow key={c.name}>
              <TableCell>{c.name}</TableCell>
              <TableCell>{c.storageClass ?? '—'}</TableCell>
              <TableCell align="right">
                {formatBytes(c.capacityBytes ?? c.requestedBytes)}
              </TableCell>
              <TableCell>{c.phase ?? '—'}</TableCell>
              <TableCell>
                {locations?.length ? locations.join(', ') : 'unknown'}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/**
 * A cluster's storage in a few lines: the classes it offers, capacity and
 * where it lives, the encrypted share, and the component's own claims.
 */
export function StorageDigest(props: {
  report: StorageReport;
  namespace: string;
}) {
  const { report, namespace } = props;
  const { summary } = report;
  const unread = new Set(report.problems.map(p => p.section));
  const byLocation = [...summary.byLocation].sort(
    (a, b) => b.capacityBytes - a.capacityBytes,
  );
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2" aria-label="Storage classes">
        Classes:{' '}
        {unread.has('storageClasses')
          ? 'could not be read'
          : report.classes.map(classLabel).join(', ') || 'none'}
      </Typography>
      {unread.has('persistentVolumes') ? (
        <Typography variant="body2">
          The persistent volumes could not be read.
        </Typography>
      ) : (
        <>
          <Typography variant="body2" aria-label="Provisioned capacity">
            {formatBytes(summary.capacityBytes)} provisioned in{' '}
            {summary.volumes} {summary.volumes === 1 ? 'volume' : 'volumes'}
            {byLocation.length > 0
              ? `: ${byLocation
                  .map(
                    l =>
                      `${l.locations.join(' + ') || 'unknown'} → ${formatBytes(
                        l.capacityBytes,
                      )}`,
                  )
                  .join('; ')}`
              : ''}
          </Typography>
          <Typography variant="body2" aria-label="Encryption at rest">
            {encryptionShare(report)}
          </Typography>
        </>
      )}
      <Typography variant="subtitle2" component="h5" sx={{ pt: 0.5 }}>
        Claims in namespace {namespace}
      </Typography>
      <NamespaceClaims report={report} namespace={namespace} />
    </Stack>
  );
}
