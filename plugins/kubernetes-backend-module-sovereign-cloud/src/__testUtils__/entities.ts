import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';

/** A SovereignCluster entity with only what this module reads. */
export function sovereignCluster(
  name: string,
  access: JsonObject | undefined,
  overrides: { namespace?: string; title?: string } = {},
): Entity {
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name,
      namespace: overrides.namespace ?? 'default',
      ...(overrides.title && { title: overrides.title }),
    },
    spec: {
      owner: 'group:default/platform',
      lifecycle: 'production',
      ...(access && { access }),
    },
  };
}

/** A Component that depends on the given entity refs. */
export function component(
  name: string,
  dependsOn: string[] = [],
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/kubernetes-id': name, ...annotations },
    },
    spec: {
      type: 'service',
      owner: 'group:default/platform',
      lifecycle: 'production',
    },
    relations: dependsOn.map(targetRef => ({ type: 'dependsOn', targetRef })),
  };
}
