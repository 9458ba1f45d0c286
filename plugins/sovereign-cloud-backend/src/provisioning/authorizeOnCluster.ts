import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * Throws `NotAllowedError` unless the caller holds the permission on the
 * cluster entity. The entity is not read first: a cluster being
 * decommissioned may already be gone from the catalog, and the policy loads
 * what its conditions need.
 */
export async function authorizeOnCluster(
  permissions: PermissionsService,
  permission: ResourcePermission<'catalog-entity'>,
  cluster: string,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize(
    [{ permission, resourceRef: cluster }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Not allowed: ${permission.name} on ${cluster}`);
  }
}
