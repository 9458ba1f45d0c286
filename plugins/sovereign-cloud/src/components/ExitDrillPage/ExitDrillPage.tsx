import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useSearchParams } from 'react-router-dom';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { CLOUD_PROVIDER_KIND } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';
import { backendMessage, statusOf } from '../../lib/errors';
import { ExitPlanView } from '../ExitPlanView';

function hint(status: number | undefined): string {
  if (status === 403) {
    return 'You lack the sovereign-cloud.provider.exit-plan permission for this provider; ask a Backstage admin to grant it.';
  }
  if (status === 404) {
    return 'The backend does not know this provider: pick one from the list.';
  }
  return 'The sovereign-cloud backend did not answer. Retry; if it keeps failing, check that the backend plugin is installed and read its logs.';
}

/**
 * The exit drill: pick a CloudProvider and see every placed workload
 * re-planned without it. The chosen provider lives in the URL (`?provider=`).
 * @public
 */
export function ExitDrillPage() {
  const catalogApi = useApi(catalogApiRef);
  const api = useApi(sovereignCloudApiRef);
  const [params, setParams] = useSearchParams();
  const provider = params.get('provider') ?? '';

  const providers = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: CLOUD_PROVIDER_KIND },
      fields: ['metadata.name', 'metadata.title'],
    });
    return items
      .map(e => ({
        name: e.metadata.name,
        title: e.metadata.title ?? e.metadata.name,
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }, [catalogApi]);

  const plan = useAsyncRetry(
    async () => (provider ? api.getExitPlan(provider) : undefined),
    [api, provider],
  );

  return (
    <Content>
      <Stack spacing={2}>
        <Typography variant="body1">
          What happens to every workload if one provider goes away: what moves
          where, what cannot move and why, and the fleet's posture after.
        </Typography>
        {providers.error && <ResponseErrorPanel error={providers.error} />}
        <TextField
          select
          label="Provider to leave"
          value={provider}
          disabled={providers.loading}
          onChange={e => setParams({ provider: e.target.value })}
          sx={{ maxWidth: 360 }}
          helperText={
            !providers.loading && providers.value?.length === 0
              ? 'No CloudProvider entities in the catalog.'
              : undefined
          }
        >
          {(providers.value ?? []).map(p => (
            <MenuItem key={p.name} value={p.name}>
              {p.title}
            </MenuItem>
          ))}
          {/* A provider from the URL that the list does not hold still shows. */}
          {provider &&
            providers.value &&
            !providers.value.some(p => p.name === provider) && (
              <MenuItem value={provider}>{provider}</MenuItem>
            )}
        </TextField>
        {plan.loading && <Progress />}
        {plan.error && (
          <Stack spacing={1}>
            <Typography variant="subtitle1" component="h2">
              Could not plan the exit from {provider}
            </Typography>
            <Typography variant="body2">
              {backendMessage(plan.error) ?? plan.error.message}
            </Typography>
            <Typography variant="body2">
              {hint(statusOf(plan.error))}
            </Typography>
            <div>
              <Button variant="outlined" onClick={plan.retry}>
                Retry
              </Button>
            </div>
          </Stack>
        )}
        {!plan.loading && plan.value && <ExitPlanView plan={plan.value} />}
      </Stack>
    </Content>
  );
}
