import Alert from '@mui/material/Alert';
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
import { ComponentPlacementResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';
import { LoadErrorPanel } from '../LoadErrorPanel';
import { points } from '../../lib/format';
import { sealOfLevel } from '../../lib/sealLevel';
import { SealChip } from '../SealChip';

/** The constraints a component declares, as `label: value` lines. */
function constraintLines(
  c: ComponentPlacementResponse['constraints'],
): string[] {
  const lines: string[] = [];
  if (c.allowedJurisdictions?.length)
    lines.push(`Allowed jurisdictions: ${c.allowedJurisdictions.join(', ')}`);
  if (c.dataResidency?.length)
    lines.push(`Data residency: ${c.dataResidency.join(', ')}`);
  if (c.excludedProviders?.length)
    lines.push(`Excluded providers: ${c.excludedProviders.join(', ')}`);
  if (c.minimumSeal) lines.push(`Minimum SEAL: ${c.minimumSeal}`);
  if (c.survivesProviderLoss)
    lines.push(
      `Survives the loss of any one provider with ${c.survivesProviderLoss.minReplicas} replicas`,
    );
  if (c.volumeSizeGiB) lines.push(`Persistent volume: ${c.volumeSizeGiB} GiB`);
  return lines;
}

function PlacementBody(props: { placement: ComponentPlacementResponse }) {
  const { placement } = props;
  const constraints = constraintLines(placement.constraints);
  return (
    <Stack spacing={2}>
      {placement.problems.map(problem => (
        <Alert key={problem} severity="warning">
          {problem}
        </Alert>
      ))}
      {placement.clusters.length === 0 ? (
        <EmptyState
          missing="data"
          title="Runs on no SovereignCluster"
          description="Add the SovereignClusters it runs on to spec.dependsOn, or name them in the sovereign-cloud.io/cluster annotation."
        />
      ) : (
        <>
          <Typography variant="body1">
            {placement.replicas} replicas on {placement.clusters.length}{' '}
            clusters at {placement.providers.join(', ')}, in{' '}
            {placement.countries.join(', ') || 'unknown countries'}
          </Typography>
          <Table size="small" aria-label="Clusters">
            <TableHead>
              <TableRow>
                <TableCell>Cluster</TableCell>
                <TableCell>Provider</TableCell>
                <TableCell>Countries</TableCell>
                <TableCell align="right">Replicas</TableCell>
                <TableCell>Posture</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {placement.clusters.map(c => (
                <TableRow key={c.entityRef}>
                  <TableCell>
                    <EntityRefLink entityRef={c.entityRef} title={c.title} />
                  </TableCell>
                  <TableCell>{c.provider}</TableCell>
                  <TableCell>{c.countries.join(', ') || '—'}</TableCell>
                  <TableCell align="right">{c.replicas}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} alignItems="center">
                      <SealChip seal={sealOfLevel(c.seal)} />
                      <span>{points(c.score)}</span>
                      {c.postureSource === 'declared' && (
                        <Typography variant="caption" color="textSecondary">
                          declared
                        </Typography>
                      )}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Stack spacing={0.5} aria-label="Declared constraints">
        <Typography variant="subtitle2" component="h3">
          Declared constraints
        </Typography>
        {constraints.length ? (
          constraints.map(line => (
            <Typography key={line} variant="body2">
              {line}
            </Typography>
          ))
        ) : (
          <Typography variant="body2">None declared.</Typography>
        )}
      </Stack>
    </Stack>
  );
}

/**
 * Entity card of a Component: the SovereignClusters it runs on, their
 * providers, countries, replicas and posture, and its declared constraints.
 * @public
 */
export function PlacementCard() {
  const { entity } = useEntity();
  const api = useApi(sovereignCloudApiRef);
  const ref = stringifyEntityRef(entity);
  const { loading, error, value, retry } = useAsyncRetry(
    () => api.getPlacement(ref),
    [api, ref],
  );
  return (
    <InfoCard title="Where it runs">
      {loading && <Progress />}
      {error && (
        <LoadErrorPanel
          error={error}
          onRetry={retry}
          permission="sovereign-cloud.posture.read"
          subject="component"
        />
      )}
      {!loading && value && <PlacementBody placement={value} />}
    </InfoCard>
  );
}
