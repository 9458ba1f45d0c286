import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CLOUD_PROVIDER_KIND } from './constants';

/**
 * Parses a CloudProvider reference as written in a cluster (`ionos`,
 * `cloudprovider:ionos`, `cloudprovider:default/ionos`). Providers form one
 * shared catalogue, so a reference without namespace means `default`, not the
 * cluster's namespace. Throws on malformed references.
 * @public
 */
export function parseCloudProviderRef(ref: string): CompoundEntityRef {
  return parseEntityRef(ref, {
    defaultKind: CLOUD_PROVIDER_KIND,
    defaultNamespace: 'default',
  });
}

/**
 * A comparable key for a CloudProvider reference (`cloudprovider:default/ionos`),
 * or undefined when the reference is malformed.
 * @public
 */
export function cloudProviderRefKey(ref: string): string | undefined {
  try {
    return stringifyEntityRef(parseCloudProviderRef(ref)).toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return undefined;
  }
}
