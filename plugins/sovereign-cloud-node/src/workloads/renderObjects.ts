import type { ParsedDeployableWorkload } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { KubernetesObject } from '../kubernetes/types';
import { LABEL_PLACEMENT } from './types';

/** What differs between clusters: replicas and storage class per volume. */
export type WorkloadVariant = {
  replicas: number;
  storageClasses: Record<string, string>;
  placementId: string;
};

export const MANAGED_BY = 'sovereign-cloud';

/** Pod labels: stable, so a new placement never restarts pods. */
export function selectorLabels(workload: ParsedDeployableWorkload) {
  return {
    'app.kubernetes.io/name': workload.name,
    'app.kubernetes.io/instance': `${workload.namespace}-${workload.name}`,
  };
}

function labelsOf(workload: ParsedDeployableWorkload, placementId: string) {
  return {
    ...selectorLabels(workload),
    'app.kubernetes.io/version': imageTag(workload.template.image),
    'app.kubernetes.io/managed-by': MANAGED_BY,
    [LABEL_PLACEMENT]: placementId,
  };
}

/** Tag (or shortened digest) of an image, sanitised to a label value. */
function imageTag(image: string): string {
  const last = image.split('/').pop()!;
  const at = last.indexOf('@');
  const raw =
    at >= 0
      ? last
          .slice(at + 1)
          .replace(/^sha256:/, '')
          .slice(0, 12)
      : last.split(':')[1] ?? 'latest';
  return (
    raw
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .slice(0, 63)
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '') || 'unknown'
  );
}

function resourcesOf(workload: ParsedDeployableWorkload) {
  const quantities = (q?: { cpuMilli?: number; memoryMiB?: number }) => {
    const out: Record<string, string> = {};
    if (q?.cpuMilli !== undefined) out.cpu = `${q.cpuMilli}m`;
    if (q?.memoryMiB !== undefined) out.memory = `${q.memoryMiB}Mi`;
    return out;
  };
  const requests = quantities(workload.resources);
  const limits = quantities(workload.template.limits);
  return {
    ...(Object.keys(requests).length ? { requests } : {}),
    ...(Object.keys(limits).length ? { limits } : {}),
  };
}

function containerOf(workload: ParsedDeployableWorkload) {
  const t = workload.template;
  return {
    name: workload.name,
    image: t.image,
    ...(t.command ? { command: t.command } : {}),
    ...(t.args ? { args: t.args } : {}),
    ...(t.ports?.length
      ? {
          ports: t.ports.map(p => ({
            name: p.name,
            containerPort: p.containerPort,
            protocol: p.protocol ?? 'TCP',
          })),
        }
      : {}),
    ...(t.env?.length
      ? {
          // Secrets only by reference: the value never enters a manifest.
          env: t.env.map(e =>
            e.secretRef
              ? {
                  name: e.name,
                  valueFrom: {
                    secretKeyRef: {
                      name: e.secretRef.name,
                      key: e.secretRef.key,
                    },
                  },
                }
              : { name: e.name, value: e.value },
          ),
        }
      : {}),
    resources: resourcesOf(workload),
    ...(workload.volumes?.length
      ? {
          volumeMounts: workload.volumes.map(v => ({
            name: v.name,
            mountPath: v.mountPath,
          })),
        }
      : {}),
    // Pod Security Standard "restricted".
    securityContext: {
      allowPrivilegeEscalation: false,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };
}

export function headlessServiceName(workload: ParsedDeployableWorkload) {
  return `${workload.name}-headless`.slice(0, 63);
}

/** Deployment or StatefulSet with the variant's replicas. */
export function workloadObject(
  workload: ParsedDeployableWorkload,
  variant: WorkloadVariant,
): KubernetesObject {
  const stateful = (workload.volumes ?? []).length > 0;
  const podTemplate = {
    metadata: { labels: selectorLabels(workload) },
    spec: {
      automountServiceAccountToken: false,
      containers: [containerOf(workload)],
    },
  };
  const metadata = {
    name: workload.name,
    namespace: workload.namespace,
    labels: labelsOf(workload, variant.placementId),
  };
  const selector = { matchLabels: selectorLabels(workload) };
  if (!stateful) {
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: { replicas: variant.replicas, selector, template: podTemplate },
    };
  }
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata,
    spec: {
      replicas: variant.replicas,
      serviceName: headlessServiceName(workload),
      selector,
      template: podTemplate,
      volumeClaimTemplates: workload.volumes!.map(v => ({
        metadata: { name: v.name, labels: selectorLabels(workload) },
        spec: {
          accessModes: [v.accessMode ?? 'ReadWriteOnce'],
          storageClassName: variant.storageClasses[v.name],
          resources: { requests: { storage: `${v.sizeGiB}Gi` } },
        },
      })),
      // Volumes outlive a scale-down, so moving replicas never loses data.
      persistentVolumeClaimRetentionPolicy: {
        whenDeleted: 'Retain',
        whenScaled: 'Retain',
      },
    },
  };
}

function services(
  workload: ParsedDeployableWorkload,
  placementId: string,
): KubernetesObject[] {
  const ports = workload.template.ports ?? [];
  const labels = labelsOf(workload, placementId);
  const servicePorts = ports.map(p => ({
    name: p.name,
    port: p.servicePort ?? p.containerPort,
    targetPort: p.name,
    protocol: p.protocol ?? 'TCP',
  }));
  const out: KubernetesObject[] = [];
  if (ports.length) {
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: workload.name, namespace: workload.namespace, labels },
      spec: {
        type: 'ClusterIP',
        selector: selectorLabels(workload),
        ports: servicePorts,
      },
    });
  }
  if ((workload.volumes ?? []).length) {
    // The governing Service of the StatefulSet: stable pod DNS names.
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: headlessServiceName(workload),
        namespace: workload.namespace,
        labels,
      },
      spec: {
        clusterIP: 'None',
        publishNotReadyAddresses: true,
        selector: selectorLabels(workload),
        ...(servicePorts.length ? { ports: servicePorts } : {}),
      },
    });
  }
  return out;
}

/** Default deny ingress; only the declared ports, only from the allowed namespaces. */
function networkPolicy(
  workload: ParsedDeployableWorkload,
  placementId: string,
): KubernetesObject {
  const ports = workload.template.ports ?? [];
  const from = workload.template.ingressFromNamespaces ?? [workload.namespace];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: workload.name,
      namespace: workload.namespace,
      labels: labelsOf(workload, placementId),
    },
    spec: {
      podSelector: { matchLabels: selectorLabels(workload) },
      policyTypes: ['Ingress'],
      ingress: ports.length
        ? [
            {
              from: [
                {
                  namespaceSelector: {
                    matchExpressions: [
                      {
                        key: 'kubernetes.io/metadata.name',
                        operator: 'In',
                        values: [...new Set(from)].sort(),
                      },
                    ],
                  },
                },
              ],
              ports: ports.map(p => ({
                port: p.containerPort,
                protocol: p.protocol ?? 'TCP',
              })),
            },
          ]
        : [],
    },
  };
}

/** Every namespaced object of the workload for one variant, workload kind first. */
export function renderWorkloadObjects(
  workload: ParsedDeployableWorkload,
  variant: WorkloadVariant,
): KubernetesObject[] {
  return [
    workloadObject(workload, variant),
    ...services(workload, variant.placementId),
    networkPolicy(workload, variant.placementId),
  ];
}
