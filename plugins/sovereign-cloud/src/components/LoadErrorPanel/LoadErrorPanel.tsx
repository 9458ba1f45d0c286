import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { backendMessage, statusOf } from '../../lib/errors';

/**
 * A card's failed load: the backend's message, on 403 the permission to ask
 * for, and Retry.
 */
export function LoadErrorPanel(props: {
  error: Error;
  onRetry: () => void;
  /** The permission the route checks, e.g. `sovereign-cloud.posture.read`. */
  permission: string;
  /** What it is checked on, as a person says it: `component`, `cluster`. */
  subject: string;
  /** Text before the message, e.g. "Could not load where the component runs:". */
  prefix?: string;
}) {
  const { error, onRetry, permission, subject, prefix } = props;
  return (
    <Stack spacing={1}>
      <Alert severity="error">
        {prefix && `${prefix} `}
        {backendMessage(error) ?? error.message}
      </Alert>
      {statusOf(error) === 403 && (
        <Typography variant="body2">
          You lack the {permission} permission for this {subject}; ask a
          Backstage admin to grant it.
        </Typography>
      )}
      <div>
        <Button variant="outlined" onClick={onRetry}>
          Retry
        </Button>
      </div>
    </Stack>
  );
}
