import type { KubernetesObject } from '../kubernetes/types';
import type { RenderedWorkload } from './types';

/** What to server-side apply on one cluster, in order. @public */
export type DirectClusterDelivery = {
  cluster: string;
  entityRef: string;
  objects: KubernetesObject[];
};

/**
 * Direct delivery: per chosen cluster, its Namespace then its manifests,
 * for server-side apply with that cluster's credentials.
 * @public
 */
export function renderDirectDelivery(
  rendered: RenderedWorkload,
): DirectClusterDelivery[] {
  const namespace = rendered.workload.namespace;
  return rendered.clusters.map(c => ({
    cluster: c.cluster,
    entityRef: c.entityRef,
    objects: [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: namespace,
          labels: { 'kubernetes.io/metadata.name': namespace },
        },
      },
      ...c.objects,
    ],
  }));
}
