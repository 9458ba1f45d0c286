import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CloudProviderEntity,
  ProviderLocation,
} from '../entities/CloudProvider';
import { CLOUD_PROVIDER_KIND } from '../entities/constants';
import { cloudProviderRefKey } from '../entities/references';

/**
 * A set of CloudProviders looked up by reference.
 * @public
 */
export interface ProviderCatalogue {
  readonly providers: readonly CloudProviderEntity[];
  /** Finds a provider by reference: `ionos`, `cloudprovider:ionos` or `cloudprovider:default/ionos`. */
  find(ref: string): CloudProviderEntity | undefined;
}

function keyOfEntity(entity: CloudProviderEntity): string {
  return stringifyEntityRef({
    kind: CLOUD_PROVIDER_KIND,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
  }).toLocaleLowerCase('en-US');
}

/**
 * Indexes providers by reference. With duplicates, the last one wins, which
 * is what makes overrides work.
 * @public
 */
export function createProviderCatalogue(
  providers: Iterable<CloudProviderEntity>,
): ProviderCatalogue {
  const byKey = new Map<string, CloudProviderEntity>();
  for (const provider of providers) byKey.set(keyOfEntity(provider), provider);
  const list = [...byKey.values()];
  return {
    providers: list,
    find(ref) {
      const key = cloudProviderRefKey(ref);
      return key === undefined ? undefined : byKey.get(key);
    },
  };
}

/**
 * Overrides a provider list: entries of `overrides` replace the base entry of
 * the same namespace/name (whole entity, no deep merge: a fact is only as good
 * as its sources), new ones are appended, and `remove` drops entries by name.
 * @public
 */
export function mergeCloudProviders(
  base: readonly CloudProviderEntity[],
  overrides: readonly CloudProviderEntity[],
  options: { remove?: readonly string[] } = {},
): CloudProviderEntity[] {
  const removed = new Set(
    (options.remove ?? []).map(ref => cloudProviderRefKey(ref)).filter(Boolean),
  );
  const replacements = new Map(overrides.map(o => [keyOfEntity(o), o]));
  const merged = base.map(p => replacements.get(keyOfEntity(p)) ?? p);
  const present = new Set(base.map(keyOfEntity));
  for (const override of overrides) {
    if (!present.has(keyOfEntity(override))) merged.push(override);
  }
  return merged.filter(p => !removed.has(keyOfEntity(p)));
}

/**
 * The location of a provider that a value names: its id, one of its zones or an alias.
 * @public
 */
export function findProviderLocation(
  provider: CloudProviderEntity,
  value: string,
): ProviderLocation | undefined {
  return provider.spec.locations.find(
    l =>
      l.id === value || l.zones?.includes(value) || l.aliases?.includes(value),
  );
}
