import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';

/**
 * Throws `NotAllowedError` (`Not allowed to <what> (<permission>)`) unless
 * the initiator is allowed.
 */
export async function requirePermission(
  permissions: PermissionsService,
  request: AuthorizePermissionRequest & { what: string },
  credentials: BackstageCredentials,
): Promise<void> {
  const { what, ...check } = request;
  const [decision] = await permissions.authorize([check], { credentials });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Not allowed to ${what} (${request.permission.name})`,
    );
  }
}
