import { InputError } from '@backstage/errors';
import type { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** What a volume asks of its storage class. @public */
export type StorageRequirement = { replication?: number; encrypted?: boolean };

function describe(requirement: StorageRequirement): string {
  const parts: string[] = [];
  if (requirement.replication !== undefined)
    parts.push(`replication ≥ ${requirement.replication}`);
  if (requirement.encrypted) parts.push('encrypted');
  return parts.length ? parts.join(', ') : 'the default class';
}

/**
 * The storage class of one cluster for one volume: the default class when
 * the volume asks nothing, else the classes that meet the wanted replication
 * (class value, else the cluster's `storage.replication`) and encryption,
 * default class first, then by name. Throws naming the cluster if none fits.
 */
export function selectStorageClass(
  entity: SovereignClusterEntity,
  volume: { name: string; storage?: StorageRequirement },
  clusterLabel: string,
): string {
  const storage = entity.spec.storage;
  const classes = storage?.classes ?? [];
  const wanted = volume.storage ?? {};
  const fits = classes.filter(c => {
    const replication = c.replication ?? storage?.replication;
    if (
      wanted.replication !== undefined &&
      (replication === undefined || replication < wanted.replication)
    ) {
      return false;
    }
    return !wanted.encrypted || c.encrypted === true;
  });
  const asksNothing =
    wanted.replication === undefined && wanted.encrypted !== true;
  const candidates = asksNothing ? fits.filter(c => c.default) : fits;
  candidates.sort(
    (a, b) =>
      Number(b.default === true) - Number(a.default === true) ||
      (a.name < b.name ? -1 : 1),
  );
  if (candidates.length === 0) {
    const offered = classes.length
      ? classes
          .map(
            c =>
              `${c.name} (replication ${
                c.replication ?? storage?.replication ?? 'unknown'
              }${c.encrypted ? ', encrypted' : ''}${
                c.default ? ', default' : ''
              })`,
          )
          .join(', ')
      : 'none declared';
    throw new InputError(
      `clusters[${clusterLabel}].spec.storage.classes: no storage class on cluster "${clusterLabel}" fits volume "${
        volume.name
      }" (wants ${describe(wanted)}); classes: ${offered}`,
    );
  }
  return candidates[0].name;
}
