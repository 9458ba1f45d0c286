import {
  KubernetesObject,
  RenderedEdge,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { isDeepStrictEqual } from 'node:util';

const KARMADA_POLICY = 'policy.karmada.io/v1alpha1';

function identity(o: KubernetesObject): string {
  return `${o.apiVersion}|${o.kind}|${o.metadata?.namespace ?? ''}|${
    o.metadata?.name
  }`;
}

function selector(o: KubernetesObject) {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.metadata!.name!,
    ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}),
  };
}

type Template = {
  object: KubernetesObject;
  /** Per cluster, the object that cluster gets (may differ from `object`). */
  byCluster: Map<string, KubernetesObject>;
};

/**
 * The edge for the Karmada API server: every object once as a resource
 * template, a PropagationPolicy (ClusterPropagationPolicy for the
 * ClusterIssuer) per set of clusters that gets the same objects, limited to
 * exactly those chosen clusters, and an OverridePolicy per object whose spec
 * differs between clusters (addresses, BGP peers, geo tags).
 */
export function renderEdgeKarmadaDelivery(
  edge: RenderedEdge,
): KubernetesObject[] {
  const templates = new Map<string, Template>();
  for (const c of edge.clusters) {
    for (const object of [c.clusterIssuer, ...c.objects]) {
      const key = identity(object);
      const template = templates.get(key) ?? {
        object,
        byCluster: new Map(),
      };
      template.byCluster.set(c.cluster, object);
      templates.set(key, template);
    }
  }
  const first = edge.clusters[0].objects[0];
  const labels = (first.metadata?.labels ?? {}) as Record<string, string>;
  const namespace = first.metadata!.namespace!;

  // Objects going to the same clusters share one policy.
  const groups = new Map<string, Template[]>();
  for (const template of templates.values()) {
    const key = [...template.byCluster.keys()].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), template]);
  }
  const policies: KubernetesObject[] = [];
  [...groups.entries()].forEach(([clusters, members], index) => {
    const name =
      index === 0 ? edge.gatewayName : `${edge.gatewayName}-${index}`;
    const spec = (selected: Template[]) => ({
      resourceSelectors: selected.map(t => selector(t.object)),
      placement: {
        clusterAffinity: { clusterNames: clusters.split(',') },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    });
    const namespaced = members.filter(t => t.object.metadata?.namespace);
    const clusterScoped = members.filter(t => !t.object.metadata?.namespace);
    if (namespaced.length) {
      policies.push({
        apiVersion: KARMADA_POLICY,
        kind: 'PropagationPolicy',
        metadata: { name, namespace, labels },
        spec: spec(namespaced),
      });
    }
    if (clusterScoped.length) {
      policies.push({
        apiVersion: KARMADA_POLICY,
        kind: 'ClusterPropagationPolicy',
        metadata: { name: `${namespace}-${name}`, labels },
        spec: spec(clusterScoped),
      });
    }
  });

  const overrides: KubernetesObject[] = [];
  for (const template of templates.values()) {
    const rules = [...template.byCluster.entries()]
      .filter(([, o]) => !isDeepStrictEqual(o, template.object))
      .map(([cluster, o]) => ({
        targetCluster: { clusterNames: [cluster] },
        overriders: {
          plaintext: [
            { path: '/spec', operator: 'replace', value: o.spec ?? {} },
          ],
        },
      }));
    if (!rules.length) continue;
    const { kind } = template.object;
    const objectName = template.object.metadata!.name!;
    overrides.push({
      apiVersion: KARMADA_POLICY,
      kind: template.object.metadata?.namespace
        ? 'OverridePolicy'
        : 'ClusterOverridePolicy',
      metadata: {
        name: `${objectName}-${kind.toLowerCase()}`.slice(0, 253),
        ...(template.object.metadata?.namespace
          ? { namespace: template.object.metadata.namespace }
          : {}),
        labels,
      },
      spec: {
        resourceSelectors: [selector(template.object)],
        overrideRules: rules,
      },
    });
  }
  return [
    ...[...templates.values()].map(t => t.object),
    ...policies,
    ...overrides,
  ];
}
