import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { sovereignCloudApiRef } from '../../api';
import {
  FLEET_PAGE_SIZE,
  toFleetSummaryQuery,
  useFleetQueryState,
} from '../../hooks/useFleetQueryState';
import { backendMessage } from '../../lib/errors';
import { weightProfileTitle } from '../../lib/format';
import { FleetFilters } from '../FleetFilters';
import { FleetTable } from '../FleetTable';
import { ProviderConcentrationChart } from '../ProviderConcentrationChart';

/**
 * The sovereign fleet: every SovereignCluster with its posture, filterable
 * by provider, country, SEAL and mesh, with the provider concentration of
 * the filtered set. Filters live in the URL.
 * @public
 */
export function SovereignFleetPage() {
  const api = useApi(sovereignCloudApiRef);
  const [state, update] = useFleetQueryState();
  const query = toFleetSummaryQuery(state);
  const key = JSON.stringify(query);
  const { loading, error, value, retry } = useAsyncRetry(
    () => api.getFleet(JSON.parse(key)),
    [api, key],
  );

  return (
    <Content>
      <Stack spacing={2}>
        <FleetFilters facets={value?.facets} value={state} onChange={update} />
        {loading && value && <LinearProgress aria-label="Loading clusters" />}
        {error && (
          <Stack spacing={1}>
            <Typography variant="subtitle1" component="h2">
              Could not load the fleet
            </Typography>
            <ResponseErrorPanel error={error} />
            {backendMessage(error) && (
              <Typography variant="body2">
                The backend said: {backendMessage(error)}
              </Typography>
            )}
            <Typography variant="body2">
              The sovereign-cloud backend did not answer. Retry; if it keeps
              failing, check that the backend plugin is installed and read its
              logs.
            </Typography>
            <div>
              <Button variant="outlined" onClick={retry}>
                Retry
              </Button>
            </div>
          </Stack>
        )}
        {loading && !value && <Progress />}
        {value && (
          <Grid container spacing={2}>
            <Grid item xs={12}>
              <InfoCard
                title="Provider concentration"
                subheader={`${value.totalItems.toLocaleString()} clusters; weights ${weightProfileTitle(
                  value.weightProfile,
                )}`}
              >
                <ProviderConcentrationChart
                  concentration={value.providerConcentration}
                  totalClusters={value.totalItems}
                />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Clusters">
                <FleetTable
                  items={value.items}
                  totalItems={value.totalItems}
                  offset={value.offset}
                  limit={value.limit || FLEET_PAGE_SIZE}
                  sort={state.sort}
                  order={state.order}
                  onSort={(sort, order) => update({ sort, order })}
                  onPage={offset => update({ offset })}
                />
              </InfoCard>
            </Grid>
          </Grid>
        )}
      </Stack>
    </Content>
  );
}
