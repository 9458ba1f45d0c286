import { InputError } from '@backstage/errors';
import type { KubernetesObject } from '../../kubernetes/types';
import type { Addon, HelmAddon, ManifestAddon } from './components';
import { addonsPathOf, labelsOf, objectNameOf, workloadPathOf } from './layout';
import { syncWaveOf } from './ordering';
import type {
  AddonBundle,
  AddonFile,
  AddonRequest,
  AddonSource,
  AddonSourceId,
} from './types';

const IN_CLUSTER = 'https://kubernetes.default.svc';

/**
 * Argo CD delivery (reference §7.2): one `Application` per add-on aimed at
 * the workload cluster (registered in Argo CD under the cluster's name),
 * ordered by sync waves, and an app-of-apps `Application` that syncs them.
 */
export function renderArgoCd(
  request: AddonRequest,
  addons: Addon[],
  sources: Record<AddonSourceId, AddonSource>,
): AddonBundle {
  const applications: KubernetesObject[] = [];
  const files: AddonFile[] = [];
  for (const addon of addons) {
    if (addon.kind === 'helm') {
      applications.push(
        helmApplication(request, addon, sources[addon.sourceId]),
      );
    } else {
      applications.push(manifestApplication(request, addon, sources));
      if (addon.objects) {
        files.push({
          path: workloadPathOf(request, addon.id),
          target: 'workload',
          objects: addon.objects,
        });
      }
    }
  }
  return {
    delivery: 'argocd',
    entrypoint: application(request, 'addons', {
      source: gitopsSource(request, addonsPathOf(request)),
      destination: { server: IN_CLUSTER, namespace: request.namespace },
    }),
    files: [
      {
        path: addonsPathOf(request),
        target: 'management',
        objects: applications,
      },
      ...files,
    ],
  };
}

function application(
  request: AddonRequest,
  id: string,
  spec: {
    source: Record<string, unknown>;
    destination: Record<string, unknown>;
  },
  addon?: Addon,
): KubernetesObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: objectNameOf(request, id),
      namespace: request.namespace,
      labels: labelsOf(request, addon?.id),
      ...(addon
        ? {
            annotations: {
              'argocd.argoproj.io/sync-wave': String(syncWaveOf(addon)),
            },
          }
        : {}),
      // Deleting the Application removes what it installed.
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
    spec: {
      project: request.gitops?.project ?? 'default',
      source: spec.source,
      destination: spec.destination,
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'],
        // A fresh cluster may not answer yet: retry without limit, backing off.
        retry: {
          limit: -1,
          backoff: { duration: '30s', factor: 2, maxDuration: '10m' },
        },
      },
    },
  };
}

function helmApplication(
  request: AddonRequest,
  addon: HelmAddon,
  source: AddonSource,
): KubernetesObject {
  // Argo CD names an OCI Helm repository without the scheme and chart.
  const repoURL =
    source.type === 'oci'
      ? source.url
          .replace(/^oci:\/\//, '')
          .replace(new RegExp(`/${source.chart}$`), '')
      : source.url;
  return application(
    request,
    addon.id,
    {
      source: {
        repoURL,
        chart: source.chart,
        targetRevision: source.version,
        helm: { releaseName: addon.releaseName, valuesObject: addon.values },
      },
      destination: {
        name: request.clusterName,
        namespace: addon.targetNamespace,
      },
    },
    addon,
  );
}

function manifestApplication(
  request: AddonRequest,
  addon: ManifestAddon,
  sources: Record<AddonSourceId, AddonSource>,
): KubernetesObject {
  const upstream = addon.upstream;
  if (upstream?.patches?.length) {
    throw new InputError(
      `overlay.granularity: Argo CD cannot patch the upstream ${upstream.sourceId} manifests; use Flux delivery or the default granularity`,
    );
  }
  const source = upstream
    ? {
        repoURL: sources[upstream.sourceId].url,
        targetRevision: sources[upstream.sourceId].version,
        path: upstream.directory,
        directory: { include: `{${upstream.files.join(',')}}` },
      }
    : gitopsSource(request, workloadPathOf(request, addon.id));
  return application(
    request,
    addon.id,
    { source, destination: { name: request.clusterName } },
    addon,
  );
}

function gitopsSource(request: AddonRequest, path: string) {
  return {
    repoURL: request.gitops!.repoURL!,
    targetRevision: request.gitops?.revision ?? 'HEAD',
    path,
  };
}
