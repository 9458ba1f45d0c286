import { Entity } from '@backstage/catalog-model';

/** The Kubernetes plugin's annotation naming a component's namespace. */
export const ANNOTATION_KUBERNETES_NAMESPACE =
  'backstage.io/kubernetes-namespace';

/**
 * The namespace a component's workloads run in: the Kubernetes plugin's
 * annotation when set, else the component's name (the usual convention).
 */
export function componentNamespace(entity: Entity): {
  namespace: string;
  from: 'annotation' | 'name';
} {
  const annotated =
    entity.metadata.annotations?.[ANNOTATION_KUBERNETES_NAMESPACE]?.trim();
  return annotated
    ? { namespace: annotated, from: 'annotation' }
    : { namespace: entity.metadata.name, from: 'name' };
}
