/*
 * CustomResourceDefinitions of the admission engines the probes read, cut
 * down to what the test server needs to serve their kinds.
 */

const openSchema = {
  openAPIV3Schema: {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  },
};

function crd(options: {
  group: string;
  kind: string;
  plural: string;
  scope: 'Cluster' | 'Namespaced';
  versions: string[];
}) {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${options.plural}.${options.group}` },
    spec: {
      group: options.group,
      names: {
        kind: options.kind,
        listKind: `${options.kind}List`,
        plural: options.plural,
        singular: options.kind.toLowerCase(),
      },
      scope: options.scope,
      versions: options.versions.map((name, i) => ({
        name,
        served: true,
        storage: i === 0,
        schema: openSchema,
      })),
    },
  };
}

/** Kyverno's policy kinds (kyverno.io/v1). */
export const kyvernoCrds = [
  crd({
    group: 'kyverno.io',
    kind: 'ClusterPolicy',
    plural: 'clusterpolicies',
    scope: 'Cluster',
    versions: ['v1'],
  }),
  crd({
    group: 'kyverno.io',
    kind: 'Policy',
    plural: 'policies',
    scope: 'Namespaced',
    versions: ['v1'],
  }),
];

/** Sigstore policy-controller's ClusterImagePolicy (policy.sigstore.dev). */
export const sigstoreCrds = [
  crd({
    group: 'policy.sigstore.dev',
    kind: 'ClusterImagePolicy',
    plural: 'clusterimagepolicies',
    scope: 'Cluster',
    versions: ['v1beta1', 'v1alpha1'],
  }),
];
