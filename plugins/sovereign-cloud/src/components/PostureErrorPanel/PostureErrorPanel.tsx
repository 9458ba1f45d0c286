import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import { backendMessage, statusOf } from '../../lib/errors';

const NOTHING_TO_ASSESS =
  'A cluster-mesh Resource is assessed over the SovereignClusters naming it in spec.network.mesh; a Component over the SovereignClusters in its spec.dependsOn. Add them, wait for the catalog to process the change, then retry.';

function hint(status: number | undefined): string {
  if (status === 403) {
    return 'You lack the sovereign-cloud.posture.read permission for this entity; ask a Backstage admin to grant it.';
  }
  if (status === 400) {
    return 'The backend could not assess this entity: fix the problem it names in the catalog definition, then retry.';
  }
  return 'The sovereign-cloud backend did not answer. Retry; if it keeps failing, check that the backend plugin is installed and read its logs.';
}

/**
 * What to show when the posture could not be loaded. 404 means there is
 * nothing to assess (no such entity, or no clusters under it): an empty
 * state saying how to attach clusters. Other errors show the backend's
 * message and what to do about it.
 */
export function PostureErrorPanel(props: {
  error: Error;
  onRetry: () => void;
}) {
  const { error, onRetry } = props;
  const status = statusOf(error);
  const retry = (
    <Button variant="outlined" onClick={onRetry}>
      Retry
    </Button>
  );
  if (status === 404) {
    return (
      <EmptyState
        missing="data"
        title="Nothing to assess"
        description={
          <>
            <Typography variant="body1" gutterBottom>
              {backendMessage(error) ?? error.message}.
            </Typography>
            <Typography variant="body2">{NOTHING_TO_ASSESS}</Typography>
          </>
        }
        action={retry}
      />
    );
  }
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        Could not load the sovereignty posture
      </Typography>
      <ResponseErrorPanel error={error} />
      {backendMessage(error) && (
        <Typography variant="body2">
          The backend said: {backendMessage(error)}
        </Typography>
      )}
      <Typography variant="body2">{hint(status)}</Typography>
      <div>{retry}</div>
    </Stack>
  );
}
