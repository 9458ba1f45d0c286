import { InputError } from '@backstage/errors';
import type { KubernetesObject } from '../kubernetes/types';
import type { RenderedWorkload, WorkloadFile } from './types';

/** Where the per-cluster manifests live and how Argo CD reaches them. @public */
export type ArgoCdDeliveryOptions = {
  repoURL: string;
  /** Directory in the repository; one sub-directory per cluster. */
  path: string;
  revision?: string;
  project?: string;
  /** Namespace of Argo CD (default `argocd`). */
  namespace?: string;
};

/** @public */
export type ArgoCdDelivery = {
  applicationSet: KubernetesObject;
  /** Per-cluster manifests plus a kustomization, to commit under `options.path`. */
  files: WorkloadFile[];
};

const KUSTOMIZATION_FILE = 'kustomization.yaml';
const MANIFEST_FILE = 'workload.yaml';

function checkOptions(options: ArgoCdDeliveryOptions) {
  if (!/^(https:\/\/|ssh:\/\/|git@)\S+$/.test(options?.repoURL ?? '')) {
    throw new InputError(
      'gitops.repoURL: must be an https://, ssh:// or git@ repository URL',
    );
  }
  if (!options.path || /(^\/)|(\.\.)/.test(options.path)) {
    throw new InputError(
      'gitops.path: must be a relative path inside the repository without ".."',
    );
  }
}

/**
 * Argo CD delivery: one `ApplicationSet` whose list generator has an element
 * per chosen cluster (member name, Argo CD destination, replicas, storage
 * classes) and whose template syncs `<path>/<cluster>` with kustomize's
 * replica override; plus the per-cluster manifests as files.
 * @public
 */
export function renderArgoCdDelivery(
  rendered: RenderedWorkload,
  options: ArgoCdDeliveryOptions,
): ArgoCdDelivery {
  checkOptions(options);
  const { workload } = rendered;
  const base = options.path.replace(/\/+$/, '');
  const files: WorkloadFile[] = rendered.clusters.flatMap(c => [
    { path: `${base}/${c.cluster}/${MANIFEST_FILE}`, objects: c.objects },
    {
      path: `${base}/${c.cluster}/${KUSTOMIZATION_FILE}`,
      objects: [
        {
          apiVersion: 'kustomize.config.k8s.io/v1beta1',
          kind: 'Kustomization',
          metadata: { name: workload.name },
          resources: [MANIFEST_FILE],
        },
      ],
    },
  ]);
  const labels = (rendered.clusters[0]?.objects[0]?.metadata?.labels ??
    {}) as Record<string, string>;
  const applicationSet: KubernetesObject = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: {
      name: `${workload.namespace}-${workload.name}`.slice(0, 63),
      namespace: options.namespace ?? 'argocd',
      labels,
    },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          list: {
            elements: rendered.clusters.map(c => ({
              cluster: c.cluster,
              argocdCluster: c.argoCdCluster,
              provider: c.provider,
              replicas: String(c.replicas),
              storageClasses: Object.entries(c.storageClasses)
                .map(([volume, cls]) => `${volume}=${cls}`)
                .join(','),
            })),
          },
        },
      ],
      template: {
        metadata: {
          name: `{{.cluster}}-${workload.namespace}-${workload.name}`,
          labels: {
            ...labels,
            'sovereign-cloud.io/cluster': '{{.cluster}}',
          },
        },
        spec: {
          project: options.project ?? 'default',
          source: {
            repoURL: options.repoURL,
            targetRevision: options.revision ?? 'HEAD',
            path: `${base}/{{.cluster}}`,
            kustomize: {
              replicas: [{ name: workload.name, count: '{{.replicas}}' }],
            },
          },
          destination: {
            name: '{{.argocdCluster}}',
            namespace: workload.namespace,
          },
          syncPolicy: {
            automated: { prune: true, selfHeal: true },
            syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'],
          },
        },
      },
      // Removing a cluster from the placement removes its Application and objects.
      syncPolicy: { applicationsSync: 'sync' },
    },
  };
  return { applicationSet, files };
}
