import type { KubernetesObject } from '../kubernetes/types';

/** Built into the test server: no CRD needed. */
const BUILT_IN = new Set(['v1', 'apps/v1']);

/**
 * A CustomResourceDefinition serving each custom kind of `objects`, so the
 * test server accepts them: schemaless, with a status subresource, one CRD
 * per kind serving every version seen (the newest stored, as Cluster API
 * stores v1beta2 next to v1beta1).
 */
export function crdsFor(
  objects: readonly Pick<KubernetesObject, 'apiVersion' | 'kind'>[],
  options: { scope?: 'Namespaced' | 'Cluster' } = {},
): KubernetesObject[] {
  const kinds = new Map<
    string,
    { group: string; kind: string; plural: string; versions: Set<string> }
  >();
  for (const o of objects) {
    if (BUILT_IN.has(o.apiVersion) || !o.apiVersion.includes('/')) continue;
    const [group, version] = o.apiVersion.split('/');
    const lower = o.kind.toLocaleLowerCase('en-US');
    const plural = lower.endsWith('y')
      ? `${lower.slice(0, -1)}ies`
      : `${lower}s`;
    const name = `${plural}.${group}`;
    const entry = kinds.get(name) ?? {
      group,
      kind: o.kind,
      plural,
      versions: new Set<string>(),
    };
    entry.versions.add(version);
    kinds.set(name, entry);
  }
  return [...kinds].map(([name, { group, kind, plural, versions }]) => {
    const sorted = [...versions].sort();
    return {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name },
      spec: {
        group,
        names: { kind, listKind: `${kind}List`, plural },
        scope: options.scope ?? 'Namespaced',
        versions: sorted.map(version => ({
          name: version,
          served: true,
          storage: version === sorted[sorted.length - 1],
          schema: {
            openAPIV3Schema: {
              type: 'object',
              'x-kubernetes-preserve-unknown-fields': true,
            },
          },
          subresources: { status: {} },
        })),
      },
    };
  });
}
