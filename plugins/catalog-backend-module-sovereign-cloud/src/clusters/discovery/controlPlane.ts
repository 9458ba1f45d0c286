import { ControlPlane } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { arrayAt, at, numberAt, stringAt } from '../../util/json';
import { machineTypeFromVariables } from './machineTypes';

/** The control plane of a discovered cluster and the Kubernetes it runs. */
export interface DiscoveredControlPlane {
  controlPlane: ControlPlane;
  distribution: { name: string; version?: string };
  /** From topology variables, for clusters whose only nodes are the control plane. */
  machineType?: string;
}

const DISTRIBUTIONS: Record<string, string> = {
  KubeadmControlPlane: 'kubeadm',
  TalosControlPlane: 'talos',
  RKE2ControlPlane: 'rke2',
  KThreesControlPlane: 'k3s',
  K0sControlPlane: 'k0s',
  AWSManagedControlPlane: 'eks',
  AzureManagedControlPlane: 'aks',
  GCPManagedControlPlane: 'gke',
};

const controlPlaneKind = (cluster: KubernetesObject) =>
  stringAt(cluster.spec, 'controlPlaneRef', 'kind');
const isManaged = (kind?: string) => Boolean(kind && /Managed/.test(kind));

function distributionName(
  kind: string | undefined,
  controlPlane?: KubernetesObject,
): string {
  if (!kind) return 'unknown';
  if (kind === 'ScalewayManagedControlPlane') {
    return stringAt(controlPlane?.spec, 'type') === 'multicloud'
      ? 'kosmos'
      : 'kapsule';
  }
  return (
    DISTRIBUTIONS[kind] ??
    (kind.replace(/ControlPlane$/, '').toLowerCase() || 'unknown')
  );
}

/** True when the Cluster alone does not tell version, replicas or distribution. */
export function needsControlPlaneObject(cluster: KubernetesObject): boolean {
  const kind = controlPlaneKind(cluster);
  if (!kind) return false;
  const topology = at(cluster.spec, 'topology');
  return (
    !stringAt(topology, 'version') ||
    (!isManaged(kind) &&
      numberAt(topology, 'controlPlane', 'replicas') === undefined) ||
    kind === 'ScalewayManagedControlPlane'
  );
}

/**
 * Version from `spec.topology.version`, else the control plane object's
 * `spec.version` (`status.version`); replicas from the topology, else the
 * object, else 1 (Cluster API's default); managed control planes (EKS,
 * Kapsule, ...) have no replicas of ours.
 */
export function discoveredControlPlane(
  cluster: KubernetesObject,
  controlPlane?: KubernetesObject,
): DiscoveredControlPlane {
  const kind = controlPlaneKind(cluster) ?? controlPlane?.kind;
  const topology = at(cluster.spec, 'topology');
  const version =
    stringAt(topology, 'version') ??
    stringAt(controlPlane?.spec, 'version') ??
    stringAt(controlPlane?.status, 'version');
  const replicas =
    numberAt(topology, 'controlPlane', 'replicas') ??
    numberAt(controlPlane?.spec, 'replicas') ??
    1;
  return {
    controlPlane: isManaged(kind)
      ? { managed: true }
      : { replicas: Math.max(1, replicas) },
    distribution: {
      name: distributionName(kind, controlPlane),
      ...(version ? { version } : {}),
    },
    machineType: machineTypeFromVariables(
      arrayAt(topology, 'variables'),
      'controlPlane',
    ),
  };
}
