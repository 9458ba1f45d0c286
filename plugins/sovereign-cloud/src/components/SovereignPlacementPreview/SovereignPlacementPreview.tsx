import { useEffect, useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  CloudProviderEntity,
  CLOUD_PROVIDER_KIND,
  createProviderCatalogue,
  defaultCloudProviders,
  isSovereignCluster,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  PlacementPreviewValue,
  previewPlacement,
  previewValueOf,
} from './placementPreview';

/** Form key holding the workload unless `ui:options.workloadKey` names another. */
const DEFAULT_WORKLOAD_KEY = 'workload';

/**
 * Scaffolder field: where the form's workload would run. Loads the
 * SovereignClusters from the catalog and runs the placement planner in the
 * browser: clusters chosen, replicas each, why the others were filtered.
 */
export function SovereignPlacementPreview(
  props: FieldExtensionComponentProps<PlacementPreviewValue>,
) {
  const { formContext, formData, onChange, schema, uiSchema, rawErrors } =
    props;
  const catalogApi = useApi(catalogApiRef);
  const options = (uiSchema?.['ui:options'] ?? {}) as {
    workloadKey?: string;
  };
  const workloadKey = options.workloadKey ?? DEFAULT_WORKLOAD_KEY;
  const form = (formContext?.formData ?? {}) as Record<string, unknown>;
  const workloadJson = JSON.stringify(form[workloadKey] ?? null);

  const fleet = useAsync(async () => {
    const [clusters, providers] = await Promise.all([
      catalogApi.getEntities({ filter: { kind: SOVEREIGN_CLUSTER_KIND } }),
      catalogApi.getEntities({ filter: { kind: CLOUD_PROVIDER_KIND } }),
    ]);
    return {
      clusters: clusters.items.filter(isSovereignCluster),
      // The catalog's CloudProviders override the shipped ones.
      catalogue: createProviderCatalogue([
        ...defaultCloudProviders(),
        ...(providers.items as CloudProviderEntity[]),
      ]),
    };
  }, [catalogApi]);

  const result = useMemo(
    () =>
      fleet.value
        ? previewPlacement(
            JSON.parse(workloadJson) ?? undefined,
            fleet.value.clusters,
            fleet.value.catalogue,
          )
        : undefined,
    [fleet.value, workloadJson],
  );

  const valueKey = JSON.stringify(result ? previewValueOf(result) : {});
  useEffect(() => {
    if (JSON.stringify(formData ?? {}) !== valueKey) {
      onChange(JSON.parse(valueKey));
    }
  }, [formData, valueKey, onChange]);

  const plan = result?.plan;
  const filtered = plan?.decisions.filter(d => d.outcome !== 'selected') ?? [];
  return (
    <Box my={2}>
      <Typography variant="h6">
        {schema.title ?? 'Placement preview'}
      </Typography>
      {schema.description && (
        <Typography variant="body2" color="textSecondary">
          {schema.description}
        </Typography>
      )}
      {fleet.loading && <Progress />}
      {fleet.error && (
        <Alert severity="error">
          Could not load the SovereignClusters: {fleet.error.message}
        </Alert>
      )}
      {result?.problem && (
        <Alert severity="info" sx={{ mt: 1 }}>
          The workload is not complete yet: {result.problem}
        </Alert>
      )}
      {fleet.value && fleet.value.clusters.length === 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          The catalog holds no SovereignCluster you can see.
        </Alert>
      )}
      {plan && !plan.schedulable && (
        <Alert severity="error" sx={{ mt: 1 }}>
          Cannot be placed: {plan.reason}
        </Alert>
      )}
      {plan?.schedulable && (
        <Table size="small" aria-label="Clusters chosen" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>Cluster</TableCell>
              <TableCell>Provider</TableCell>
              <TableCell align="right">Replicas</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {plan.assignments.map(a => (
              <TableRow key={a.entityRef}>
                <TableCell>{a.cluster}</TableCell>
                <TableCell>{a.provider}</TableCell>
                <TableCell align="right">{a.replicas}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {filtered.length > 0 && (
        <Box mt={1}>
          <Typography variant="subtitle2">Not chosen</Typography>
          <Table size="small" aria-label="Clusters not chosen">
            <TableBody>
              {filtered.map(d => (
                <TableRow key={d.entityRef}>
                  <TableCell>{d.cluster}</TableCell>
                  <TableCell>{d.filteredBy ?? 'not selected'}</TableCell>
                  <TableCell>{d.reasons.join('; ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {plan && (
        <Typography variant="caption" color="textSecondary">
          Indicative, from the catalog and each cluster's declared posture; the
          deploy step plans again.
        </Typography>
      )}
      {rawErrors?.map(message => (
        <FormHelperText error key={message}>
          {message}
        </FormHelperText>
      ))}
    </Box>
  );
}
