import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  StorageClassEncryption,
  StorageClassSummary,
  StorageReplication,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

export function encryptionText(encryption: StorageClassEncryption): string {
  if (encryption.encrypted === null) return 'unknown';
  if (!encryption.encrypted) return 'no';
  return encryption.kms ? `yes (KMS ${encryption.kms})` : 'yes';
}

export function replicationText(replication?: StorageReplication): string {
  if (!replication) return 'unknown';
  const { erasureCoded, replicas } = replication;
  let copies = 'unknown copies';
  if (erasureCoded) {
    copies = `erasure coded ${erasureCoded.dataChunks}+${erasureCoded.codingChunks}`;
  } else if (replicas !== undefined) {
    copies = `${replicas} ${replicas === 1 ? 'copy' : 'copies'}`;
  }
  return replication.failureDomain
    ? `${copies} across ${replication.failureDomain}s`
    : copies;
}

/** StorageClasses with their provisioner, encryption at rest and replication. */
export function StorageClassesTable(props: { classes: StorageClassSummary[] }) {
  const classes = [...props.classes].sort(
    (a, b) =>
      Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name),
  );
  if (classes.length === 0) {
    return <Typography variant="body2">No StorageClasses.</Typography>;
  }
  return (
    <Table size="small" aria-label="Storage classes">
      <TableHead>
        <TableRow>
          <TableCell>Class</TableCell>
          <TableCell>Backend</TableCell>
          <TableCell>Provisioner</TableCell>
          <TableCell>Encrypted at rest</TableCell>
          <TableCell>Replication</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {classes.map(c => (
          <TableRow key={c.name}>
            <TableCell>
              {c.name}
              {c.isDefault && (
                <Chip
                  size="small"
                  label="default"
                  color="primary"
                  variant="outlined"
                  sx={{ ml: 1 }}
                />
              )}
            </TableCell>
            <TableCell>{c.backend}</TableCell>
            <TableCell>{c.provisioner}</TableCell>
            <TableCell title={c.encryption.how}>
              {encryptionText(c.encryption)}
            </TableCell>
            <TableCell title={c.replication?.source}>
              {replicationText(c.replication)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
