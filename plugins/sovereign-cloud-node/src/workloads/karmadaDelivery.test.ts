import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderKarmadaDelivery } from './karmadaDelivery';
import { karmadaMemberOf, renderWorkload } from './renderWorkload';
import { frontendWorkload, ledgerWorkload, testFleet } from './testFleet';

function karmada(workload = ledgerWorkload(), fleet = testFleet()) {
  const plan = planPlacement(workload, fleet);
  const rendered = renderWorkload(workload, plan, fleet);
  const objects = renderKarmadaDelivery(rendered) as any[];
  return {
    plan,
    rendered,
    objects,
    policy: objects.find(o => o.kind === 'PropagationPolicy'),
    network: objects.find(o => o.metadata.name.endsWith('-network')),
    override: objects.find(o => o.kind === 'OverridePolicy'),
  };
}

describe('renderKarmadaDelivery', () => {
  it('emits namespaced templates with the total replicas, then the policies', () => {
    const { objects } = karmada();
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'StatefulSet/ledger',
      'Service/ledger',
      'Service/ledger-headless',
      'NetworkPolicy/ledger',
      'PropagationPolicy/ledger',
      'PropagationPolicy/ledger-network',
      'OverridePolicy/ledger-storage',
    ]);
    for (const o of objects) expect(o.metadata.namespace).toBe('payments');
    expect(objects[0].spec.replicas).toBe(6);
  });

  it('confines the policy to exactly the allowed clusters', () => {
    const { policy, plan } = karmada();
    const allowed = plan.decisions
      .filter(d => d.outcome !== 'filtered')
      .map(d => d.cluster)
      .sort();
    expect(allowed).toEqual([
      'hetzner-fsn1',
      'ionos-txl-prod',
      'scw-par1-prod',
    ]);
    expect(policy.spec.placement.clusterAffinity).toEqual({
      clusterNames: allowed,
    });
    expect(policy.spec.resourceSelectors).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        name: 'ledger',
        namespace: 'payments',
      },
    ]);
  });

  it('spreads over providers when the workload must survive losing one', () => {
    const { policy } = karmada();
    expect(policy.spec.placement.spreadConstraints).toEqual([
      { spreadByField: 'provider', minGroups: 2, maxGroups: 3 },
      { spreadByField: 'cluster', minGroups: 2, maxGroups: 3 },
    ]);
    expect(
      karmada(frontendWorkload()).policy.spec.placement.spreadConstraints,
    ).toBeUndefined();
  });

  it('divides with static weights equal to the planned replicas', () => {
    const { policy, plan } = karmada(frontendWorkload());
    expect(policy.spec.placement.replicaScheduling).toEqual({
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
      weightPreference: {
        staticWeightList: plan.assignments.map(a => ({
          targetCluster: { clusterNames: [a.cluster] },
          weight: a.replicas,
        })),
      },
    });
    expect(plan.assignments.map(a => a.replicas).sort()).toEqual([1, 2, 2]);
  });

  it('gives Karmada what reproduces the plan, and a failover stays inside the allowed clusters', () => {
    for (const workload of [ledgerWorkload(), frontendWorkload()]) {
      const fleet = testFleet();
      const { policy, plan } = karmada(workload, fleet);
      // Karmada alone: no sovereignty constraints, only what the policy says.
      const asKarmada = {
        name: workload.name,
        replicas: workload.replicas,
        placement: policy.spec.placement,
      };
      const replanned = planPlacement(asKarmada, fleet);
      expect(replanned.assignments).toEqual(plan.assignments);
      // Karmada taints a failed member NoExecute and reschedules.
      const lost = plan.assignments[0].cluster;
      const failover = planPlacement(
        asKarmada,
        fleet.map(c =>
          karmadaMemberOf(c.entity) === lost
            ? {
                ...c,
                taints: [
                  {
                    key: 'cluster.karmada.io/not-ready',
                    effect: 'NoExecute' as const,
                  },
                ],
              }
            : c,
        ),
      );
      expect(failover.schedulable).toBe(true);
      expect(failover.assignments.map(a => a.cluster)).not.toContain(lost);
      for (const a of failover.assignments) {
        expect(policy.spec.placement.clusterAffinity.clusterNames).toContain(
          a.cluster,
        );
      }
      expect(failover.assignments.reduce((n, a) => n + a.replicas, 0)).toBe(
        workload.replicas,
      );
    }
  });

  it('overrides the storage class only where a cluster differs from the template', () => {
    const { objects, override, rendered } = karmada();
    const [sts] = objects;
    // Three distinct classes: the template takes the first by name.
    expect(sts.spec.volumeClaimTemplates[0].spec.storageClassName).toBe(
      'ceph-block-encrypted',
    );
    expect(override.spec.resourceSelectors).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        name: 'ledger',
        namespace: 'payments',
      },
    ]);
    expect(override.spec.overrideRules).toEqual(
      rendered.clusters
        .filter(c => c.cluster !== 'hetzner-fsn1')
        .map(c => ({
          targetCluster: { clusterNames: [c.cluster] },
          overriders: {
            plaintext: [
              {
                path: '/spec/volumeClaimTemplates/0/spec/storageClassName',
                operator: 'replace',
                value: c.storageClasses.data,
              },
            ],
          },
        })),
    );
    expect(karmada(frontendWorkload()).override).toBeUndefined();
  });

  it('takes Services and NetworkPolicy only to the clusters with replicas', () => {
    // Only Hetzner and IONOS get replicas; Scaleway stays allowed for Karmada.
    const workload = {
      ...frontendWorkload(),
      replicas: 4,
      placement: {
        replicaScheduling: {
          replicaSchedulingType: 'Divided' as const,
          replicaDivisionPreference: 'Weighted' as const,
          weightPreference: {
            staticWeightList: [
              {
                targetCluster: {
                  clusterNames: ['hetzner-fsn1', 'ionos-txl-prod'],
                },
                weight: 1,
              },
            ],
          },
        },
      },
    };
    const { policy, network, plan } = karmada(workload);
    expect(plan.assignments.map(a => a.cluster)).toEqual([
      'hetzner-fsn1',
      'ionos-txl-prod',
    ]);
    expect(policy.spec.placement.clusterAffinity.clusterNames).toEqual([
      'hetzner-fsn1',
      'ionos-txl-prod',
      'scw-par1-prod',
    ]);
    expect(network.spec).toEqual({
      resourceSelectors: [
        {
          apiVersion: 'v1',
          kind: 'Service',
          name: 'frontend',
          namespace: 'shop',
        },
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          name: 'frontend',
          namespace: 'shop',
        },
      ],
      placement: {
        clusterAffinity: { clusterNames: ['hetzner-fsn1', 'ionos-txl-prod'] },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
      conflictResolution: 'Abort',
    });
  });

  it('copies Duplicated workloads only to the chosen clusters', () => {
    const workload = {
      ...frontendWorkload(),
      replicas: 2,
      placement: undefined,
    };
    const { policy, plan, objects } = karmada(workload);
    expect(plan.strategy).toBe('Duplicated');
    expect(policy.spec.placement.replicaScheduling).toEqual({
      replicaSchedulingType: 'Duplicated',
    });
    expect(policy.spec.placement.clusterAffinity.clusterNames).toEqual(
      plan.assignments.map(a => a.cluster),
    );
    expect(objects[0].spec.replicas).toBe(2);
  });
});
