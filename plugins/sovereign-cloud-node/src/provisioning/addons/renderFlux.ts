import type { KubernetesObject } from '../../kubernetes/types';
import type { Addon, HelmAddon, ManifestAddon } from './components';
import {
  addonsPathOf,
  kubeconfigSecretOf,
  labelsOf,
  objectNameOf,
  workloadPathOf,
} from './layout';
import { prerequisitesOf } from './ordering';
import type {
  AddonBundle,
  AddonFile,
  AddonRequest,
  AddonSource,
  AddonSourceId,
} from './types';

const HELM_CHART_MEDIA_TYPE =
  'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

/**
 * Flux delivery (reference §7.1): everything runs in the management
 * cluster and reaches the workload cluster through CAPI's kubeconfig
 * Secret. Charts become `HelmRelease`s, manifests become `Kustomization`s;
 * a top-level `Kustomization` applies the directory holding them.
 */
export function renderFlux(
  request: AddonRequest,
  addons: Addon[],
  sources: Record<AddonSourceId, AddonSource>,
): AddonBundle {
  const management: KubernetesObject[] = [];
  const files: AddonFile[] = [];
  const emitted = new Set<AddonSourceId>();

  for (const addon of addons) {
    if (addon.kind === 'helm') {
      const source = sources[addon.sourceId];
      if (!emitted.has(addon.sourceId)) {
        management.push(sourceObject(request, addon.sourceId, source));
        emitted.add(addon.sourceId);
      }
      management.push(helmRelease(request, addon, addons, source));
    } else {
      if (addon.upstream && !emitted.has(addon.upstream.sourceId)) {
        management.push(
          gitSource(request, addon, sources[addon.upstream.sourceId]),
        );
        emitted.add(addon.upstream.sourceId);
      }
      management.push(kustomization(request, addon, addons));
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
    delivery: 'flux',
    entrypoint: entrypoint(request),
    files: [
      {
        path: addonsPathOf(request),
        target: 'management',
        objects: management,
      },
      ...files,
    ],
  };
}

function meta(request: AddonRequest, name: string, addonId?: string) {
  return {
    name,
    namespace: request.namespace,
    labels: labelsOf(request, addonId),
  };
}

function sourceObject(
  request: AddonRequest,
  id: AddonSourceId,
  source: AddonSource,
): KubernetesObject {
  if (source.type === 'oci') {
    return {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'OCIRepository',
      metadata: meta(request, objectNameOf(request, id)),
      spec: {
        interval: '1h',
        url: source.url,
        ref: { tag: source.version },
        layerSelector: { mediaType: HELM_CHART_MEDIA_TYPE, operation: 'copy' },
      },
    };
  }
  if (source.type !== 'helm') {
    throw new Error(
      `source ${id} is not a chart repository (type ${source.type})`,
    );
  }
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'HelmRepository',
    metadata: meta(request, objectNameOf(request, id)),
    spec: { interval: '1h', url: source.url },
  };
}

function gitSource(
  request: AddonRequest,
  addon: ManifestAddon,
  source: AddonSource,
): KubernetesObject {
  const upstream = addon.upstream!;
  // Fetch only the files we apply: the upstream directory holds variants for other distributions.
  const ignore = [
    '/*',
    `!/${upstream.directory}/`,
    `/${upstream.directory}/*`,
    ...upstream.files.map(file => `!/${upstream.directory}/${file}`),
  ].join('\n');
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: meta(request, objectNameOf(request, upstream.sourceId)),
    spec: {
      interval: '1h',
      url: source.url,
      ref: { tag: source.version },
      ignore: `${ignore}\n`,
    },
  };
}

function dependsOn(request: AddonRequest, addon: Addon, all: Addon[]) {
  const names = prerequisitesOf(addon, all, true).map(other => ({
    name: objectNameOf(request, other.id),
  }));
  return names.length ? { dependsOn: names } : {};
}

function helmRelease(
  request: AddonRequest,
  addon: HelmAddon,
  all: Addon[],
  source: AddonSource,
): KubernetesObject {
  const sourceName = objectNameOf(request, addon.sourceId);
  const chart =
    source.type === 'oci'
      ? { chartRef: { kind: 'OCIRepository', name: sourceName } }
      : {
          chart: {
            spec: {
              chart: source.chart,
              version: source.version,
              sourceRef: { kind: 'HelmRepository', name: sourceName },
              interval: '1h',
            },
          },
        };
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: meta(request, objectNameOf(request, addon.id), addon.id),
    spec: {
      interval: '10m',
      kubeConfig: { secretRef: { name: kubeconfigSecretOf(request) } },
      targetNamespace: addon.targetNamespace,
      storageNamespace: addon.targetNamespace,
      releaseName: addon.releaseName,
      ...chart,
      install: {
        createNamespace: true,
        crds: 'CreateReplace',
        // A fresh cluster's API (or its CNI) may not be ready yet: keep trying.
        remediation: { retries: -1 },
      },
      upgrade: { crds: 'CreateReplace', remediation: { retries: 3 } },
      ...dependsOn(request, addon, all),
      values: addon.values,
      ...(addon.valuesFromSecret
        ? { valuesFrom: [{ kind: 'Secret', name: addon.valuesFromSecret }] }
        : {}),
    },
  };
}

function kustomization(
  request: AddonRequest,
  addon: ManifestAddon,
  all: Addon[],
): KubernetesObject {
  const upstream = addon.upstream;
  const gitops = request.gitops?.fluxSource ?? {
    name: 'flux-system',
    namespace: 'flux-system',
  };
  const sourceRef = upstream
    ? { kind: 'GitRepository', name: objectNameOf(request, upstream.sourceId) }
    : { kind: 'GitRepository', ...gitops };
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: meta(request, objectNameOf(request, addon.id), addon.id),
    spec: {
      interval: '10m',
      // CRDs of an operator installed by a HelmRelease may not exist yet;
      // retry until they do (dependsOn cannot name a HelmRelease).
      retryInterval: '1m',
      kubeConfig: { secretRef: { name: kubeconfigSecretOf(request) } },
      sourceRef,
      path: upstream
        ? `./${upstream.directory}`
        : `./${workloadPathOf(request, addon.id)}`,
      prune: true,
      wait: true,
      timeout: '10m',
      ...dependsOn(request, addon, all),
      ...(upstream?.patches ? { patches: upstream.patches } : {}),
    },
  };
}

function entrypoint(request: AddonRequest): KubernetesObject {
  const gitops = request.gitops?.fluxSource ?? {
    name: 'flux-system',
    namespace: 'flux-system',
  };
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: meta(request, objectNameOf(request, 'addons')),
    spec: {
      interval: '10m',
      sourceRef: { kind: 'GitRepository', ...gitops },
      path: `./${addonsPathOf(request)}`,
      prune: true,
      // Ready only when every add-on release and manifest set is ready.
      wait: true,
      timeout: '30m',
    },
  };
}
