/*
 * Realistic Cluster API objects, shaped after the provisioning reference
 * (§1.2 Cluster v1beta2/v1beta1, §2.1–2.8 infrastructure providers). Status
 * is what the controllers would have written.
 */

const INFRA = 'infrastructure.cluster.x-k8s.io';
const CONTROL_PLANE = 'controlplane.cluster.x-k8s.io';
const T0 = '2026-11-20T08:00:00Z';

const infraRef = (kind: string, name: string) => ({
  apiGroup: INFRA,
  kind,
  name,
});
const kcpRef = (name: string) => ({
  apiGroup: CONTROL_PLANE,
  kind: 'KubeadmControlPlane',
  name,
});

const provisioned = (available = true, message?: string) => ({
  phase: 'Provisioned',
  initialization: {
    infrastructureProvisioned: true,
    controlPlaneInitialized: true,
  },
  conditions: [
    {
      type: 'Available',
      status: available ? 'True' : 'False',
      reason: available ? 'Available' : 'NotAvailable',
      ...(message ? { message } : {}),
      lastTransitionTime: T0,
    },
    {
      type: 'ControlPlaneAvailable',
      status: 'True',
      reason: 'Available',
      lastTransitionTime: T0,
    },
  ],
});

interface Options {
  name?: string;
  namespace?: string;
  annotations?: Record<string, string>;
}

const owner = (
  team: string,
  lifecycle = 'production',
  description?: string,
) => ({
  'cluster.x-k8s.io/cluster-owner': team,
  'cluster.x-k8s.io/cluster-lifecycle': lifecycle,
  ...(description
    ? { 'cluster.x-k8s.io/cluster-description': description }
    : {}),
});

/** CAPH: topology Cluster with workers in fsn1 and nbg1, HetznerCluster v1beta1 (§2.1). */
export function hetznerObjects({
  name = 'hetzner-prod',
  namespace = 'tenant-a',
  annotations,
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        labels: { 'cluster.x-k8s.io/cluster-name': name },
        annotations: annotations ?? {
          ...owner(
            'group:default/platform-team',
            'production',
            'Production workloads in Falkenstein',
          ),
          'cluster.x-k8s.io/cluster-tags': 'hetzner, Prod, not a tag!',
        },
      },
      spec: {
        clusterNetwork: {
          pods: { cidrBlocks: ['192.168.0.0/16'] },
          services: { cidrBlocks: ['10.128.0.0/12'] },
        },
        controlPlaneEndpoint: { host: '203.0.113.10', port: 443 },
        infrastructureRef: infraRef('HetznerCluster', name),
        controlPlaneRef: kcpRef(`${name}-control-plane`),
        topology: {
          classRef: { name: 'quick-start' },
          version: 'v1.34.1',
          controlPlane: { replicas: 3 },
          workers: {
            machineDeployments: [
              {
                class: 'hcloud-worker',
                name: 'md-0',
                replicas: 3,
                failureDomain: 'fsn1',
                variables: {
                  overrides: [
                    { name: 'hcloudWorkerMachineType', value: 'cx33' },
                  ],
                },
              },
              {
                class: 'hcloud-worker',
                name: 'md-1',
                replicas: 2,
                failureDomain: 'nbg1',
              },
              {
                class: 'hcloud-worker',
                name: 'md-spare',
                replicas: 0,
                failureDomain: 'fsn1',
              },
            ],
          },
          variables: [
            { name: 'region', value: 'fsn1' },
            { name: 'hcloudWorkerMachineType', value: 'cx23' },
            { name: 'hcloudControlPlaneMachineType', value: 'cx33' },
          ],
        },
      },
      status: provisioned(),
    },
    {
      apiVersion: `${INFRA}/v1beta1`,
      kind: 'HetznerCluster',
      metadata: { name, namespace },
      spec: {
        controlPlaneRegions: ['fsn1'],
        controlPlaneEndpoint: { host: '203.0.113.10', port: 443 },
        controlPlaneLoadBalancer: { region: 'fsn1' },
        hcloudNetwork: { enabled: true },
        sshKeys: { hcloud: [{ name: 'platform' }] },
        hetznerSecretRef: { name: 'hcloud', key: { hcloudToken: 'hcloud' } },
      },
      status: { ready: true },
    },
  ];
}

/** CAPIC: a Cluster without topology, KubeadmControlPlane and a MachineDeployment (§2.2). */
export function ionosObjects({
  name = 'ionos-berlin',
  namespace = 'tenant-b',
  annotations,
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: { name, namespace, ...(annotations ? { annotations } : {}) },
      spec: {
        controlPlaneEndpoint: { host: '198.51.100.20', port: 6443 },
        infrastructureRef: infraRef('IonosCloudCluster', name),
        controlPlaneRef: kcpRef(`${name}-control-plane`),
      },
      status: {
        phase: 'Provisioning',
        conditions: [
          {
            type: 'Available',
            status: 'False',
            reason: 'NotAvailable',
            lastTransitionTime: T0,
          },
        ],
      },
    },
    {
      apiVersion: `${INFRA}/v1alpha1`,
      kind: 'IonosCloudCluster',
      metadata: { name, namespace },
      spec: {
        controlPlaneEndpoint: { host: '198.51.100.20', port: 6443 },
        location: 'de/txl',
        credentialsRef: { name: `${name}-credentials` },
      },
    },
    {
      apiVersion: `${CONTROL_PLANE}/v1beta2`,
      kind: 'KubeadmControlPlane',
      metadata: { name: `${name}-control-plane`, namespace },
      spec: {
        replicas: 3,
        version: 'v1.33.4',
        machineTemplate: {
          spec: {
            infrastructureRef: {
              apiGroup: INFRA,
              kind: 'IonosCloudMachineTemplate',
              name: `${name}-cp`,
            },
          },
        },
      },
      status: { version: 'v1.33.4' },
    },
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'MachineDeployment',
      metadata: {
        name: `${name}-workers`,
        namespace,
        labels: { 'cluster.x-k8s.io/cluster-name': name },
      },
      spec: {
        clusterName: name,
        replicas: 2,
        template: {
          spec: {
            clusterName: name,
            version: 'v1.33.4',
            infrastructureRef: {
              apiGroup: INFRA,
              kind: 'IonosCloudMachineTemplate',
              name: `${name}-worker`,
            },
          },
        },
      },
    },
    {
      apiVersion: `${INFRA}/v1alpha1`,
      kind: 'IonosCloudMachineTemplate',
      metadata: { name: `${name}-worker`, namespace },
      spec: {
        template: {
          spec: {
            datacenterID: 'dc-1',
            numCores: 4,
            memoryMB: 8192,
            type: 'VCPU',
            disk: { image: { id: 'img-1' } },
          },
        },
      },
    },
  ];
}

/** CAPS: topology Cluster, ScalewayCluster v1alpha2 with zones; not available (§2.3). */
export function scalewayObjects({
  name = 'scw-paris',
  namespace = 'tenant-a',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        annotations: owner('group:default/data-team', 'staging'),
      },
      spec: {
        infrastructureRef: infraRef('ScalewayCluster', name),
        controlPlaneRef: kcpRef(`${name}-control-plane`),
        topology: {
          classRef: { name: 'scaleway-default' },
          version: 'v1.33.2',
          controlPlane: { replicas: 3 },
          workers: {
            machineDeployments: [
              {
                class: 'default-worker',
                name: 'md-0',
                replicas: 4,
                failureDomain: 'fr-par-2',
                variables: {
                  overrides: [
                    { name: 'workerCommercialType', value: 'PRO2-S' },
                  ],
                },
              },
            ],
          },
        },
      },
      status: provisioned(
        false,
        'WorkersAvailable: 1 of 4 machines are not ready',
      ),
    },
    {
      apiVersion: `${INFRA}/v1alpha2`,
      kind: 'ScalewayCluster',
      metadata: { name, namespace },
      spec: {
        projectID: 'p-1',
        region: 'fr-par',
        scalewaySecretName: name,
        failureDomains: ['fr-par-1', 'fr-par-2'],
      },
    },
  ];
}

/** CAPS managed Kapsule: managed control plane, no machines of ours in the control plane (§2.3). */
export function kapsuleObjects({
  name = 'kapsule-ams',
  namespace = 'tenant-a',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        annotations: owner('group:default/data-team'),
      },
      spec: {
        infrastructureRef: infraRef('ScalewayManagedCluster', name),
        controlPlaneRef: {
          apiGroup: INFRA,
          kind: 'ScalewayManagedControlPlane',
          name: `${name}-control-plane`,
        },
      },
      status: provisioned(),
    },
    {
      apiVersion: `${INFRA}/v1alpha2`,
      kind: 'ScalewayManagedCluster',
      metadata: { name, namespace },
      spec: { projectID: 'p-1', region: 'nl-ams', scalewaySecretName: name },
    },
    {
      apiVersion: `${INFRA}/v1alpha2`,
      kind: 'ScalewayManagedControlPlane',
      metadata: { name: `${name}-control-plane`, namespace },
      spec: {
        type: 'kapsule',
        version: 'v1.33.1',
        onDelete: { withAdditionalResources: true },
      },
    },
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'MachinePool',
      metadata: {
        name: `${name}-mp-0`,
        namespace,
        labels: { 'cluster.x-k8s.io/cluster-name': name },
      },
      spec: {
        clusterName: name,
        replicas: 3,
        template: {
          spec: {
            bootstrap: { dataSecretName: '' },
            clusterName: name,
            infrastructureRef: {
              apiGroup: INFRA,
              kind: 'ScalewayManagedMachinePool',
              name: `${name}-mp-0`,
            },
            version: 'v1.33.1',
          },
        },
      },
    },
    {
      apiVersion: `${INFRA}/v1alpha2`,
      kind: 'ScalewayManagedMachinePool',
      metadata: { name: `${name}-mp-0`, namespace },
      spec: { nodeType: 'PRO2-S', zone: 'nl-ams-1', publicIPDisabled: false },
    },
  ];
}

/** CAPO at OVHcloud: the OpenStack region names the provider (§2.4). */
export function openStackObjects({
  name = 'ovh-gra',
  namespace = 'tenant-c',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        annotations: owner('group:default/platform-team', 'experimental'),
      },
      spec: {
        infrastructureRef: infraRef('OpenStackCluster', name),
        controlPlaneRef: kcpRef(`${name}-control-plane`),
        topology: {
          classRef: {
            name: 'openstack-scs2-1-33-v1',
            namespace: 'cluster-classes',
          },
          version: 'v1.33.4',
          controlPlane: { replicas: 1 },
          workers: {
            machineDeployments: [
              {
                class: 'default-worker',
                name: 'md-0',
                replicas: 2,
                variables: {
                  overrides: [{ name: 'workerFlavor', value: 'b3-16' }],
                },
              },
            ],
          },
        },
      },
      status: provisioned(),
    },
    {
      apiVersion: `${INFRA}/v1beta1`,
      kind: 'OpenStackCluster',
      metadata: { name, namespace },
      spec: {
        identityRef: {
          name: `${name}-cloud-config`,
          cloudName: 'openstack',
          region: 'GRA11',
        },
        externalNetwork: { id: 'ext-net' },
        apiServerLoadBalancer: { enabled: true },
        managedSubnets: [{ cidr: '10.6.0.0/24' }],
      },
    },
  ];
}

/** CAPA: AWSCluster v1beta2 in eu-central-1 (§2.8), being deleted. */
export function awsObjects({
  name = 'aws-frankfurt',
  namespace = 'tenant-c',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        finalizers: ['cluster.cluster.x-k8s.io'],
        annotations: owner('group:default/legacy-team', 'deprecated'),
      },
      spec: {
        infrastructureRef: infraRef('AWSCluster', name),
        controlPlaneRef: kcpRef(`${name}-control-plane`),
        topology: {
          classRef: { name: 'aws-default' },
          version: 'v1.32.9',
          controlPlane: { replicas: 3 },
          workers: {
            machineDeployments: [
              {
                class: 'default-worker',
                name: 'md-0',
                replicas: 3,
                variables: {
                  overrides: [
                    { name: 'workerInstanceType', value: 'm6i.large' },
                  ],
                },
              },
            ],
          },
        },
      },
      status: { ...provisioned(), phase: 'Deleting' },
    },
    {
      apiVersion: `${INFRA}/v1beta2`,
      kind: 'AWSCluster',
      metadata: { name, namespace },
      spec: {
        region: 'eu-central-1',
        sshKeyName: 'platform',
        controlPlaneLoadBalancer: { loadBalancerType: 'nlb' },
      },
    },
  ];
}

/** Metal3 in an own data centre: the location comes from a label (§2.7). */
export function metal3Objects({
  name = 'onprem-fra',
  namespace = 'tenant-d',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        labels: { 'sovereign-cloud.io/location': 'fra-dc1' },
        annotations: owner('group:default/platform-team'),
      },
      spec: {
        infrastructureRef: infraRef('Metal3Cluster', name),
        controlPlaneRef: kcpRef(`${name}-control-plane`),
        topology: {
          classRef: { name: 'metal3-default' },
          version: 'v1.34.1',
          controlPlane: { replicas: 3 },
          workers: {
            machineDeployments: [
              {
                class: 'baremetal',
                name: 'md-0',
                replicas: 4,
                failureDomain: 'fra-dc1-b',
              },
            ],
          },
        },
      },
      status: provisioned(),
    },
    {
      apiVersion: `${INFRA}/v1beta1`,
      kind: 'Metal3Cluster',
      metadata: { name, namespace },
      spec: {
        controlPlaneEndpoint: { host: '10.10.0.10', port: 6443 },
        cloudProviderEnabled: false,
      },
    },
  ];
}

/** A kind no provider of the catalogue provisions (CAPD, for local tests). */
export function dockerObjects({
  name = 'kind-dev',
  namespace = 'tenant-a',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        annotations: owner('group:default/platform-team', 'experimental'),
      },
      spec: {
        infrastructureRef: infraRef('DockerCluster', name),
        topology: {
          classRef: { name: 'quick-start' },
          version: 'v1.34.1',
          controlPlane: { replicas: 1 },
        },
      },
      status: provisioned(),
    },
    {
      apiVersion: `${INFRA}/v1beta2`,
      kind: 'DockerCluster',
      metadata: { name, namespace },
      spec: {},
    },
  ];
}

/**
 * A v1beta1-only management cluster's cluster: CAPO at plusserver (SCS
 * cluster stack), v1beta1 references with apiVersion, v1beta1 conditions.
 */
export function legacyOpenStackObjects({
  name = 'pco-cologne',
  namespace = 'default',
}: Options = {}) {
  return [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta1',
      kind: 'Cluster',
      metadata: {
        name,
        namespace,
        annotations: owner('group:default/platform-team'),
      },
      spec: {
        infrastructureRef: {
          apiVersion: `${INFRA}/v1beta1`,
          kind: 'OpenStackCluster',
          name,
          namespace,
        },
        controlPlaneRef: {
          apiVersion: `${CONTROL_PLANE}/v1beta1`,
          kind: 'KubeadmControlPlane',
          name: `${name}-cp`,
          namespace,
        },
        topology: {
          class: 'openstack-scs2-1-33-v1',
          version: 'v1.33.4',
          controlPlane: { replicas: 3 },
          workers: {
            machineDeployments: [
              {
                class: 'default-worker',
                name: 'md-0',
                replicas: 3,
                failureDomain: 'DE-WEST-1',
                variables: {
                  overrides: [{ name: 'workerFlavor', value: 'SCS-4V-8' }],
                },
              },
            ],
          },
        },
      },
      status: {
        phase: 'Provisioned',
        infrastructureReady: true,
        controlPlaneReady: true,
        conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: T0 }],
      },
    },
    {
      apiVersion: `${INFRA}/v1beta1`,
      kind: 'OpenStackCluster',
      metadata: { name, namespace },
      spec: {
        identityRef: { name: 'openstack', cloudName: 'openstack' },
        controlPlaneAvailabilityZones: ['DE-WEST-1'],
        managedSubnets: [{ cidr: '10.8.0.0/20' }],
      },
    },
  ];
}
