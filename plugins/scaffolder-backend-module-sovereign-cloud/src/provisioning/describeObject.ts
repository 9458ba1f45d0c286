import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';

/** `Kind namespace/name`, or `Kind name` for cluster-scoped objects. */
export function describeObject(object: KubernetesObject): string {
  const { name, namespace } = object.metadata;
  return namespace
    ? `${object.kind} ${namespace}/${name}`
    : `${object.kind} ${name}`;
}
