import type { KubernetesObject } from '../kubernetes/types';
import { renderWorkloadObjects } from './renderObjects';
import type { RenderedWorkload } from './types';

const POLICY_API = 'policy.karmada.io/v1alpha1';

/** The storage class most clusters use per volume (ties: by name): the template's. */
function commonStorageClasses(rendered: RenderedWorkload) {
  const out: Record<string, string> = {};
  for (const volume of rendered.workload.volumes ?? []) {
    const counts = new Map<string, number>();
    for (const c of rendered.clusters) {
      const name = c.storageClasses[volume.name];
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    out[volume.name] = [...counts].sort(
      ([a, n], [b, m]) => m - n || (a < b ? -1 : 1),
    )[0][0];
  }
  return out;
}

function distinctProviders(rendered: RenderedWorkload, members: string[]) {
  return new Set(members.map(m => rendered.providerOf[m]));
}

/**
 * Karmada delivery: namespaced resource templates (total replicas, the most
 * common storage class); a `PropagationPolicy` for the Deployment or
 * StatefulSet that can never leave the allowed clusters
 * (`clusterAffinity.clusterNames`), divides replicas with static weights
 * equal to the planned replicas, and spreads over providers when the
 * workload must survive the loss of one; a `<name>-network` policy taking
 * Services and NetworkPolicy to the clusters with replicas; an
 * `OverridePolicy` where a cluster's storage class differs from the
 * template's. Apply to the Karmada API server.
 * @public
 */
export function renderKarmadaDelivery(
  rendered: RenderedWorkload,
): KubernetesObject[] {
  const { workload } = rendered;
  const total = rendered.clusters.reduce((n, c) => n + c.replicas, 0);
  const duplicated = rendered.strategy === 'Duplicated';
  const storageClasses = commonStorageClasses(rendered);
  const templates = renderWorkloadObjects(workload, {
    replicas: duplicated ? workload.replicas : total,
    storageClasses,
    placementId: rendered.placementId,
  });
  const labels = (templates[0].metadata?.labels ?? {}) as Record<
    string,
    string
  >;

  // Duplicated copies to every cluster it may use, so it may use only the chosen ones.
  const clusterNames = duplicated
    ? rendered.clusters.map(c => c.cluster).sort()
    : rendered.allowedClusters;
  const placement: Record<string, unknown> = {
    clusterAffinity: { clusterNames },
  };
  if (workload.sovereignty?.survivesProviderLoss) {
    const providers = distinctProviders(rendered, clusterNames);
    // Karmada requires a cluster constraint beside any other, and reads maxGroups literally.
    placement.spreadConstraints = [
      {
        spreadByField: 'provider',
        minGroups: 2,
        maxGroups: Math.max(2, providers.size),
      },
      {
        spreadByField: 'cluster',
        minGroups: 2,
        maxGroups: Math.max(2, clusterNames.length),
      },
    ];
  }
  placement.replicaScheduling = duplicated
    ? { replicaSchedulingType: 'Duplicated' }
    : {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: {
          // Webster over weights equal to the planned replicas reproduces the plan.
          staticWeightList: rendered.clusters.map(c => ({
            targetCluster: { clusterNames: [c.cluster] },
            weight: c.replicas,
          })),
        },
      };

  const resourceSelectors = templates.map(t => ({
    apiVersion: t.apiVersion,
    kind: t.kind,
    name: t.metadata!.name!,
    namespace: workload.namespace,
  }));
  const policy: KubernetesObject = {
    apiVersion: POLICY_API,
    kind: 'PropagationPolicy',
    metadata: { name: workload.name, namespace: workload.namespace, labels },
    spec: {
      resourceSelectors: [resourceSelectors[0]],
      // Referenced Secrets follow the workload; their values stay in the Karmada API server.
      propagateDeps: true,
      placement,
      // Another policy must not silently take over these templates.
      conflictResolution: 'Abort',
    },
  };

  const overrideRules = rendered.clusters.flatMap(c => {
    const plaintext = (workload.volumes ?? []).flatMap((v, index) =>
      c.storageClasses[v.name] === storageClasses[v.name]
        ? []
        : [
            {
              path: `/spec/volumeClaimTemplates/${index}/spec/storageClassName`,
              operator: 'replace',
              value: c.storageClasses[v.name],
            },
          ],
    );
    return plaintext.length
      ? [
          {
            targetCluster: { clusterNames: [c.cluster] },
            overriders: { plaintext },
          },
        ]
      : [];
  });
  const override: KubernetesObject[] = overrideRules.length
    ? [
        {
          apiVersion: POLICY_API,
          kind: 'OverridePolicy',
          metadata: {
            name: `${workload.name}-storage`,
            namespace: workload.namespace,
            labels,
          },
          spec: {
            resourceSelectors: [resourceSelectors[0]],
            overrideRules,
          },
        },
      ]
    : [];
  // Karmada copies replica-less objects to every cluster a policy selects;
  // Services and NetworkPolicy belong only where replicas can run: the
  // clusters with static weights (a failover never adds one).
  const companions: KubernetesObject = {
    apiVersion: POLICY_API,
    kind: 'PropagationPolicy',
    metadata: {
      name: `${workload.name}-network`,
      namespace: workload.namespace,
      labels,
    },
    spec: {
      resourceSelectors: resourceSelectors.slice(1),
      placement: {
        clusterAffinity: {
          clusterNames: rendered.clusters.map(c => c.cluster).sort(),
        },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
      conflictResolution: 'Abort',
    },
  };
  return [...templates, policy, companions, ...override];
}
