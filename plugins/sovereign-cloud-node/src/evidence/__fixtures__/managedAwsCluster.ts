/*
 * A managed (EKS-style) cluster in AWS eu-central-1: no control-plane nodes,
 * no kube-apiserver pods, the AWS VPC CNI instead of Cilium, no admission
 * engine, EBS volumes with a customer-managed KMS key, and an end-of-life
 * Kubernetes minor.
 */

export const MANAGED_AWS_VERSION = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.5-eks-3025e55',
};

function node(name: string, zone: string, instanceId: string) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'topology.kubernetes.io/region': 'eu-central-1',
        'topology.kubernetes.io/zone': zone,
        'node.kubernetes.io/instance-type': 'm6i.xlarge',
        'eks.amazonaws.com/nodegroup': 'general',
        'eks.amazonaws.com/capacityType': 'ON_DEMAND',
      },
    },
    spec: { providerID: `aws:///${zone}/${instanceId}` },
    status: {
      allocatable: { cpu: '3920m', memory: '15Gi', pods: '58' },
      nodeInfo: { kubeletVersion: 'v1.33.5-eks-3025e55' },
    },
  };
}

function pod(namespace: string, name: string, image: string) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace, name },
    spec: { containers: [{ name: 'main', image }] },
    status: { phase: 'Running' },
  };
}

export const managedAwsCluster = [
  node(
    'ip-10-0-1-17.eu-central-1.compute.internal',
    'eu-central-1a',
    'i-0a1b2c3d4e5f60718',
  ),
  node(
    'ip-10-0-2-42.eu-central-1.compute.internal',
    'eu-central-1b',
    'i-0f1e2d3c4b5a69788',
  ),
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { namespace: 'kube-system', name: 'aws-node' },
    spec: {
      selector: { matchLabels: { 'k8s-app': 'aws-node' } },
      template: {
        metadata: { labels: { 'k8s-app': 'aws-node' } },
        spec: {
          containers: [
            {
              name: 'aws-node',
              image:
                '602401143452.dkr.ecr.eu-central-1.amazonaws.com/amazon-k8s-cni:v1.20.4',
            },
          ],
        },
      },
    },
  },
  pod(
    'kube-system',
    'aws-node-x7k2p',
    '602401143452.dkr.ecr.eu-central-1.amazonaws.com/amazon-k8s-cni:v1.20.4',
  ),
  pod(
    'kube-system',
    'coredns-6b9575c64c-abcde',
    '602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/coredns:v1.11.4-eksbuild.2',
  ),
  pod('shop', 'web-0', 'public.ecr.aws/nginx/nginx:1.29'),
  pod('shop', 'cache-0', 'docker.io/library/redis:7.4'),
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'gp3-cmk' },
    provisioner: 'ebs.csi.aws.com',
    parameters: {
      type: 'gp3',
      encrypted: 'true',
      kmsKeyId:
        'arn:aws:kms:eu-central-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
    },
  },
  {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pvc-0c1d' },
    spec: {
      capacity: { storage: '50Gi' },
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'gp3-cmk',
      csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0abc' },
    },
  },
];
