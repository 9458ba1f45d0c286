import { stringify } from 'yaml';
import {
  AddonBundle,
  KubernetesObject,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';

function yamlOf(objects: readonly object[]): string {
  return objects.map(o => stringify(o, { lineWidth: 0 })).join('---\n');
}

/**
 * The GitOps layout of a plan, path → YAML, under the cluster's directory
 * `base` (default `clusters/<name>`): `cluster.yaml` (management cluster: the
 * cluster objects), `addons.yaml` (management cluster: the Flux Kustomization
 * or Argo CD Application of the add-ons), one `objects.yaml` per add-on
 * directory the entry point reconciles, and `catalog-info.yaml` with the entity.
 */
export function planFiles(
  base: string,
  clusterObjects: readonly KubernetesObject[],
  bundle: AddonBundle,
  entity: SovereignClusterEntity,
): Record<string, string> {
  const files: Record<string, string> = {
    [`${base}/cluster.yaml`]: yamlOf(clusterObjects),
    [`${base}/addons.yaml`]: yamlOf([bundle.entrypoint]),
  };
  for (const file of bundle.files) {
    if (file.objects.length === 0) continue;
    files[`${file.path}/objects.yaml`] = yamlOf(file.objects);
  }
  files[`${base}/catalog-info.yaml`] = yamlOf([entity]);
  return files;
}
