import type { KubernetesObject } from '../../kubernetes/types';
import { flattenFields, managersOf, readFieldOwnership } from './fieldPaths';

/**
 * A live object's fields by the paths `diffObjects` names them
 * (`…machineDeployments[name=pool-a].replicas`,
 * `metadata.annotations["example.eu/x"]`), with the field managers owning
 * each: what a drift check reads back after a change.
 * @public
 */
export function liveFields(object: KubernetesObject): {
  /** The value at `path`; undefined when the object has no such field. */
  value(path: string): unknown;
  managers(path: string): string[];
} {
  const ownership = readFieldOwnership([object]);
  const leaves = flattenFields(object, ownership);
  return {
    value: path => leaves.get(path)?.value,
    managers: path => managersOf(path, ownership),
  };
}
