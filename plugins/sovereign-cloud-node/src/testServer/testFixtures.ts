/**
 * Fixtures shared by this package's tests (not exported): a Cluster API `Cluster` CRD
 * served at v1beta1 and v1beta2, and a CRD whose schema declares list semantics.
 */

const clusterSchema = {
  type: 'object',
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  },
};

export const capiClusterCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'clusters.cluster.x-k8s.io' },
  spec: {
    group: 'cluster.x-k8s.io',
    names: {
      kind: 'Cluster',
      listKind: 'ClusterList',
      plural: 'clusters',
      singular: 'cluster',
      shortNames: ['cl'],
      categories: ['cluster-api'],
    },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1beta1',
        served: true,
        storage: false,
        schema: { openAPIV3Schema: clusterSchema },
        subresources: { status: {} },
      },
      {
        name: 'v1beta2',
        served: true,
        storage: true,
        schema: { openAPIV3Schema: clusterSchema },
        subresources: { status: {} },
      },
    ],
  },
};

/** A cluster-scoped CRD whose lists are a map keyed by `region`, a set and an atomic list. */
export const placementCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'placements.example.sovereign-cloud.io' },
  spec: {
    group: 'example.sovereign-cloud.io',
    names: {
      kind: 'Placement',
      listKind: 'PlacementList',
      plural: 'placements',
      singular: 'placement',
    },
    scope: 'Cluster',
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: {
                  targets: {
                    type: 'array',
                    'x-kubernetes-list-type': 'map',
                    'x-kubernetes-list-map-keys': ['region'],
                    items: {
                      type: 'object',
                      properties: {
                        region: { type: 'string' },
                        weight: { type: 'integer' },
                        name: { type: 'string' },
                      },
                    },
                  },
                  tolerations: {
                    type: 'array',
                    'x-kubernetes-list-type': 'set',
                    items: { type: 'string' },
                  },
                  // No list type: atomic, even though the items have names.
                  steps: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { name: { type: 'string' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

export function capiCluster(
  name: string,
  namespace = 'default',
  apiVersion = 'cluster.x-k8s.io/v1beta2',
) {
  return {
    apiVersion,
    kind: 'Cluster',
    metadata: {
      name,
      namespace,
      labels: { 'sovereign-cloud.io/provider': 'hetzner' },
    },
    spec: {
      topology: {
        class: 'hetzner-default',
        version: 'v1.34.1',
        controlPlane: { replicas: 3 },
      },
    },
  };
}

export function deployment(
  name: string,
  options: { namespace?: string; replicas?: number; image?: string } = {},
) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: options.namespace ?? 'default',
      labels: { app: name },
    },
    spec: {
      replicas: options.replicas ?? 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image: options.image ?? 'nginx:1.27',
              ports: [{ containerPort: 80 }],
            },
          ],
        },
      },
    },
  };
}

export function configMap(
  name: string,
  labels: Record<string, string> = {},
  namespace = 'default',
) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace, labels },
    data: { key: name },
  };
}
