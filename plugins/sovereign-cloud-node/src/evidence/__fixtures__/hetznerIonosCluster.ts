import { kyvernoCrds } from './crds';

/*
 * A self-managed cluster across Hetzner (Falkenstein, Nuremberg) and IONOS
 * (Frankfurt, Berlin): kubeadm control plane with audit logging, Cilium
 * WireGuard including node traffic, Rook-Ceph RBD encrypted through a Vault
 * KMS, a Kyverno policy enforcing the organisation's own signatures with a
 * vulnerability gate, and pods pulling from a mix of registries.
 */

export const HETZNER_IONOS_VERSION = {
  major: '1',
  minor: '36',
  gitVersion: 'v1.36.4',
};

function node(options: {
  name: string;
  providerID?: string;
  labels: Record<string, string>;
  cpu: string;
  kubelet?: string;
  controlPlane?: boolean;
  gpus?: string;
}) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: options.name,
      labels: {
        'kubernetes.io/hostname': options.name,
        'kubernetes.io/os': 'linux',
        ...(options.controlPlane
          ? { 'node-role.kubernetes.io/control-plane': '' }
          : {}),
        ...options.labels,
      },
    },
    spec: options.providerID ? { providerID: options.providerID } : {},
    status: {
      capacity: { cpu: '4', memory: '16G', pods: '110' },
      allocatable: {
        cpu: options.cpu,
        memory: '15Gi',
        pods: '110',
        ...(options.gpus ? { 'nvidia.com/gpu': options.gpus } : {}),
      },
      nodeInfo: {
        kubeletVersion: options.kubelet ?? 'v1.36.4',
        osImage: 'Ubuntu 24.04.3 LTS',
        containerRuntimeVersion: 'containerd://2.1.4',
      },
    },
  };
}

const hcloud = (region: string, zone: string, type: string) => ({
  'topology.kubernetes.io/region': region,
  'topology.kubernetes.io/zone': zone,
  'node.kubernetes.io/instance-type': type,
});

export const hetznerIonosNodes = [
  node({
    name: 'cp-fsn1',
    providerID: 'hcloud://48213377',
    labels: hcloud('fsn1', 'fsn1-dc14', 'cpx31'),
    cpu: '3920m',
    controlPlane: true,
  }),
  node({
    name: 'cp-nbg1',
    providerID: 'hcloud://48213378',
    labels: hcloud('nbg1', 'nbg1-dc3', 'cpx31'),
    cpu: '3920m',
    controlPlane: true,
  }),
  node({
    name: 'cp-fra',
    providerID: 'ionos://6f0d3c1e-7b2a-4d51-9a8e-2f6c4b1d0e93',
    // Label values cannot hold "/": the CCM-less node is labelled by the operator.
    labels: { 'sovereign-cloud.io/location': 'de_fra' },
    cpu: '3920m',
    controlPlane: true,
  }),
  node({
    name: 'worker-fsn1-a',
    providerID: 'hcloud://48213390',
    labels: hcloud('fsn1', 'fsn1-dc14', 'ccx33'),
    cpu: '7910m',
  }),
  node({
    name: 'worker-fsn1-b',
    providerID: 'hcloud://48213391',
    labels: hcloud('fsn1', 'fsn1-dc14', 'ccx33'),
    cpu: '7910m',
    kubelet: 'v1.36.2',
  }),
  node({
    name: 'worker-fra-a',
    providerID: 'ionos://1d2c3b4a-5e6f-4a1b-8c9d-0e1f2a3b4c5d',
    labels: {
      'topology.kubernetes.io/region': 'de-fra',
      'node.kubernetes.io/instance-type': 'VCPU-8-32',
    },
    cpu: '8',
    gpus: '1',
  }),
  node({
    name: 'edge-txl',
    // Bare metal without a cloud controller: declared by the operator.
    labels: {
      'sovereign-cloud.io/provider': 'ionos',
      'sovereign-cloud.io/location': 'de_txl',
    },
    cpu: '16',
  }),
];

function pod(
  namespace: string,
  name: string,
  images: string[],
  options: { initImages?: string[]; phase?: string; nodeName?: string } = {},
) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace, name },
    spec: {
      ...(options.nodeName ? { nodeName: options.nodeName } : {}),
      containers: images.map((image, i) => ({ name: `c${i}`, image })),
      ...(options.initImages
        ? {
            initContainers: options.initImages.map((image, i) => ({
              name: `init${i}`,
              image,
            })),
          }
        : {}),
    },
    status: { phase: options.phase ?? 'Running' },
  };
}

function apiServerPod(nodeName: string, auditFlags: string[]) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      namespace: 'kube-system',
      name: `kube-apiserver-${nodeName}`,
      labels: { component: 'kube-apiserver', tier: 'control-plane' },
    },
    spec: {
      nodeName,
      containers: [
        {
          name: 'kube-apiserver',
          image: 'registry.k8s.io/kube-apiserver:v1.36.4',
          command: [
            'kube-apiserver',
            '--advertise-address=10.0.0.2',
            '--authorization-mode=Node,RBAC',
            '--enable-admission-plugins=NodeRestriction',
            '--encryption-provider-config=/etc/kubernetes/enc/enc.yaml',
            ...auditFlags,
          ],
        },
      ],
    },
    status: { phase: 'Running' },
  };
}

export const auditFlags = [
  '--audit-policy-file=/etc/kubernetes/audit/policy.yaml',
  '--audit-log-path=/var/log/kubernetes/audit/audit.log',
  '--audit-log-maxage=30',
];

/** Enough batch pods that listing them takes more than one page. */
export const BATCH_PODS = 520;

export const hetznerIonosPods = [
  ...['cp-fsn1', 'cp-nbg1', 'cp-fra'].map(n => apiServerPod(n, auditFlags)),
  pod('kube-system', 'cilium-7xk2p', ['quay.io/cilium/cilium:v1.18.2']),
  pod('kube-system', 'coredns-5d78c9869d-abcde', [
    'registry.k8s.io/coredns/coredns:v1.12.1',
  ]),
  pod('rook-ceph', 'rook-ceph-operator-6b4f7c9d8-xyz12', [
    'docker.io/rook/ceph:v1.18.3',
  ]),
  pod('shop', 'web-7f9c6d5b4-abcde', ['harbor.example.eu/shop/web:1.4.2']),
  pod('shop', 'api-6d8f7c5b9-fghij', ['rg.fr-par.scw.cloud/shop/api:2.0.1']),
  pod('shop', 'redis-0', ['redis:7.4']),
  pod('shop', 'worker-5c6d7e8f9-klmno', ['ghcr.io/acme/worker:1.0'], {
    initImages: ['harbor.example.eu/tools/migrate:3'],
  }),
  pod('shop', 'nightly-report-29000000-pqrst', ['busybox:1.37'], {
    phase: 'Succeeded',
  }),
  ...Array.from({ length: BATCH_PODS }, (_, i) =>
    pod('batch', `render-${String(i).padStart(4, '0')}`, [
      'harbor.example.eu/batch/render:5.1',
    ]),
  ),
];

export const hetznerIonosCluster = [
  ...hetznerIonosNodes,
  ...hetznerIonosPods,
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { namespace: 'kube-system', name: 'cilium-config' },
    data: {
      'enable-wireguard': 'true',
      'encrypt-node': 'true',
      'enable-ipsec': 'false',
      'kube-proxy-replacement': 'true',
      tunnel: 'vxlan',
    },
  },
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'rook-ceph-block-encrypted',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    },
    provisioner: 'rook-ceph.rbd.csi.ceph.com',
    parameters: {
      clusterID: 'rook-ceph',
      pool: 'replicapool',
      imageFeatures: 'layering',
      encrypted: 'true',
      encryptionKMSID: 'vault-eu',
      'csi.storage.k8s.io/provisioner-secret-name': 'rook-csi-rbd-provisioner',
      'csi.storage.k8s.io/provisioner-secret-namespace': 'rook-ceph',
      'csi.storage.k8s.io/fstype': 'ext4',
    },
    reclaimPolicy: 'Delete',
    allowVolumeExpansion: true,
  },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { namespace: 'rook-ceph', name: 'csi-kms-connection-details' },
    data: {
      'vault-eu': JSON.stringify({
        encryptionKMSType: 'vault',
        vaultAddress: 'https://vault.example.eu:8200',
        vaultAuthPath: '/v1/auth/kubernetes/login',
        vaultRole: 'csi-kubernetes',
        vaultPassphraseRoot: '/v1/secret',
        vaultPassphrasePath: 'ceph-csi/',
      }),
    },
  },
  ...['pvc-3f2a', 'pvc-9b1c'].map(name => ({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name },
    spec: {
      capacity: { storage: '20Gi' },
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'rook-ceph-block-encrypted',
      csi: { driver: 'rook-ceph.rbd.csi.ceph.com', volumeHandle: name },
    },
  })),
  ...kyvernoCrds,
  {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: 'verify-image-signatures' },
    spec: {
      validationFailureAction: 'Enforce',
      webhookTimeoutSeconds: 30,
      rules: [
        {
          name: 'verify-signature-and-vulnerabilities',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          verifyImages: [
            {
              imageReferences: ['harbor.example.eu/*'],
              mutateDigest: true,
              verifyDigest: true,
              attestors: [
                {
                  count: 1,
                  entries: [
                    {
                      keys: {
                        publicKeys:
                          '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexample\n-----END PUBLIC KEY-----',
                      },
                    },
                  ],
                },
              ],
              attestations: [
                {
                  predicateType:
                    'https://cosign.sigstore.dev/attestation/vuln/v1',
                  conditions: [
                    {
                      all: [
                        {
                          key: '{{ scanner.result.summary.CRITICAL }}',
                          operator: 'Equals',
                          value: 0,
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  },
];
