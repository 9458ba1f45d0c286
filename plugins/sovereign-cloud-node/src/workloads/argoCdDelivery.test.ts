import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderArgoCdDelivery } from './argoCdDelivery';
import { renderWorkload } from './renderWorkload';
import { ledgerWorkload, testFleet } from './testFleet';

const gitops = {
  repoURL: 'https://git.example.eu/platform/workloads.git',
  path: 'workloads/payments/ledger',
};

function argo(options = gitops) {
  const fleet = testFleet();
  const workload = ledgerWorkload();
  const rendered = renderWorkload(
    workload,
    planPlacement(workload, fleet),
    fleet,
  );
  return { rendered, ...renderArgoCdDelivery(rendered, options) };
}

describe('renderArgoCdDelivery', () => {
  it('lists one element per chosen cluster with its Argo CD name, replicas and storage class', () => {
    const { applicationSet } = argo();
    const spec = applicationSet.spec as any;
    expect(spec.generators[0].list.elements).toEqual([
      {
        cluster: 'hetzner-fsn1',
        argocdCluster: 'hz-fsn1-prod',
        provider: 'hetzner',
        replicas: '2',
        storageClasses: 'data=ceph-block-encrypted',
      },
      {
        cluster: 'ionos-txl-prod',
        argocdCluster: 'ionos-berlin',
        provider: 'ionos',
        replicas: '2',
        storageClasses: 'data=longhorn-3-encrypted',
      },
      {
        cluster: 'scw-par1-prod',
        argocdCluster: 'scw-par1-prod',
        provider: 'scaleway',
        replicas: '2',
        storageClasses: 'data=simplyblock',
      },
    ]);
    expect(spec.template.spec.destination).toEqual({
      name: '{{.argocdCluster}}',
      namespace: 'payments',
    });
    expect(spec.template.spec.source).toEqual({
      repoURL: gitops.repoURL,
      targetRevision: 'HEAD',
      path: 'workloads/payments/ledger/{{.cluster}}',
      kustomize: { replicas: [{ name: 'ledger', count: '{{.replicas}}' }] },
    });
    expect(applicationSet.metadata).toMatchObject({
      name: 'payments-ledger',
      namespace: 'argocd',
    });
  });

  it('writes each cluster its manifests and a kustomization', () => {
    const { files, rendered } = argo();
    expect(files.map(f => f.path)).toEqual([
      'workloads/payments/ledger/hetzner-fsn1/workload.yaml',
      'workloads/payments/ledger/hetzner-fsn1/kustomization.yaml',
      'workloads/payments/ledger/ionos-txl-prod/workload.yaml',
      'workloads/payments/ledger/ionos-txl-prod/kustomization.yaml',
      'workloads/payments/ledger/scw-par1-prod/workload.yaml',
      'workloads/payments/ledger/scw-par1-prod/kustomization.yaml',
    ]);
    expect(files[2].objects).toBe(rendered.clusters[1].objects);
    expect(files[1].objects[0]).toMatchObject({
      kind: 'Kustomization',
      resources: ['workload.yaml'],
    });
  });

  it('rejects a bad repository or path naming the field', () => {
    expect(() => argo({ ...gitops, repoURL: 'git.example.eu/x' })).toThrow(
      /^gitops\.repoURL: /,
    );
    expect(() => argo({ ...gitops, path: '../elsewhere' })).toThrow(
      /^gitops\.path: /,
    );
  });
});
