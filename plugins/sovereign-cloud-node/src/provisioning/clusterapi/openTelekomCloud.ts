import { KubernetesObject } from '../../kubernetes/types';
import { ClusterRenderer } from './types';
import { clusterLabels, renderNamespace, zoneOf } from './topology';

/*
 * Open Telekom Cloud has no Cluster API provider; managed CCE clusters are
 * created by provider-opentelekomcloud (Crossplane v2, namespaced managed
 * resources). Field names from package/crds/cce.opentelekomcloud.m.crossplane.io_*.
 */

const API_VERSION = 'cce.opentelekomcloud.m.crossplane.io/v1alpha1';

/** CCE control-plane flavours: s1 single master, s2 three masters (HA). */
function flavorOf(replicas: number, size: string): string {
  return `cce.${replicas >= 3 ? 's2' : 's1'}.${size}`;
}

/** `v1.33.4` → `v1.33`: CCE takes the minor version only. */
function minorVersion(version: string): string {
  const [major, minor] = version.replace(/^v/, '').split('.');
  return `v${major}.${minor}`;
}

/** Open Telekom Cloud CCE through Crossplane: a ClusterV3 and one NodePoolV3 per pool. */
export const openTelekomCloudRenderer: ClusterRenderer = {
  id: 'open-telekom-cloud',
  requiredSettings: {
    vpcId: 'Id of the VPC of the cluster',
    subnetId: 'Network id of the subnet of the nodes',
    keyPair: 'Name of the key pair for node login',
  },
  render(context) {
    const { request, settings } = context;
    if (
      request.controlPlane.replicas !== 1 &&
      request.controlPlane.replicas !== 3
    ) {
      context.reject(
        ['controlPlane', 'replicas'],
        `must be 1 or 3 for managed CCE (single or HA masters), got ${request.controlPlane.replicas}`,
      );
    }
    const region = context.locationOf(context.controlPlaneLocation);
    const regionId = region?.id ?? context.controlPlaneLocation;
    for (const pool of context.pools) {
      if (pool.location && pool.location.id !== regionId) {
        context.reject(
          ['nodePools', pool.index, 'location'],
          `must be in the cluster's Open Telekom Cloud region ${regionId}, got ${JSON.stringify(
            pool.pool.location,
          )}`,
        );
      }
    }
    const namespace = request.management.namespace;
    const labels = clusterLabels(context);
    const providerConfigRef = {
      kind: 'ClusterProviderConfig',
      name: context.credentialsName ?? 'open-telekom-cloud',
    };
    const cpZone = request.controlPlane.location;
    const masters =
      cpZone && region?.zones?.includes(cpZone)
        ? { masters: [{ availabilityZone: cpZone }] }
        : { multiAz: request.controlPlane.replicas >= 3 };
    const cluster: KubernetesObject = {
      apiVersion: API_VERSION,
      kind: 'ClusterV3',
      metadata: { name: request.name, namespace, labels },
      spec: {
        forProvider: {
          name: request.name,
          region: regionId,
          clusterType: 'VirtualMachine',
          clusterVersion: minorVersion(request.kubernetesVersion),
          flavorId: flavorOf(
            request.controlPlane.replicas,
            settings.controlPlaneSize ?? 'small',
          ),
          ...masters,
          // CCE's own overlay; Cilium with WireGuard is installed on top as an add-on.
          containerNetworkType: settings.containerNetworkType ?? 'overlay_l2',
          ...(request.network.podCidr
            ? { containerNetworkCidr: request.network.podCidr }
            : {}),
          ...(request.network.serviceCidr
            ? { kubernetesSvcIpRange: request.network.serviceCidr }
            : {}),
          authenticationMode: 'rbac',
          vpcId: settings.vpcId,
          subnetId: settings.subnetId,
          labels: { 'sovereign-cloud.io/cluster': request.name },
        },
        providerConfigRef,
        writeConnectionSecretToRef: { name: `${request.name}-kubeconfig` },
      },
    };
    const pools = context.pools.map(
      (pool): KubernetesObject => ({
        apiVersion: API_VERSION,
        kind: 'NodePoolV3',
        metadata: {
          name: `${request.name}-${pool.pool.name}`,
          namespace,
          labels: { ...labels, 'sovereign-cloud.io/pool': pool.pool.name },
        },
        spec: {
          forProvider: {
            name: pool.pool.name,
            clusterIdRef: { name: request.name },
            availabilityZone: zoneOf(pool) ?? `${regionId}-01`,
            flavor: pool.pool.machineType,
            initialNodeCount: pool.pool.count,
            os: settings.nodeOs ?? 'EulerOS 2.9',
            runtime: 'containerd',
            keyPair: settings.keyPair,
            rootVolume: [{ size: 50, volumetype: 'SSD' }],
            dataVolumes: [{ size: 100, volumetype: 'SSD' }],
            k8sTags: {
              'sovereign-cloud.io/provider': context.provider.metadata.name,
              'sovereign-cloud.io/location': regionId,
              ...pool.pool.labels,
            },
            ...(pool.pool.taints?.length
              ? {
                  taints: pool.pool.taints.map(t => ({
                    key: t.key,
                    value: t.value ?? '',
                    effect: t.effect,
                  })),
                }
              : {}),
          },
          providerConfigRef,
        },
      }),
    );
    return [renderNamespace(context), cluster, ...pools];
  },
};
