import type { KubernetesObject } from '../../kubernetes/types';

/** Finds one rendered object by kind and name, failing loudly when absent. */
export function findObject(
  objects: KubernetesObject[],
  kind: string,
  name: string,
): any {
  const found = objects.find(o => o.kind === kind && o.metadata.name === name);
  if (!found) {
    const have = objects.map(o => `${o.kind}/${o.metadata.name}`).join(', ');
    throw new Error(`no ${kind}/${name} among ${have}`);
  }
  return found;
}

/** Names in a Flux `dependsOn` list. */
export function dependsOnNames(object: any): string[] {
  return (object.spec.dependsOn ?? []).map((d: { name: string }) => d.name);
}
