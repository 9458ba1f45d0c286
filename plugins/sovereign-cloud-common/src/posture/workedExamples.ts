import { awsEuropeanSovereignCloud } from '../providers/awsEuropeanSovereignCloud';
import { aws } from '../providers/aws';
import { ionos } from '../providers/ionos';
import { scaleway } from '../providers/scaleway';
import {
  ClusterEvidence,
  Evidence,
  EvidenceNode,
  ProviderFacts,
} from './evidence';
import { providerFactsFromCatalogue } from './providerFactsFromCatalogue';

/*
 * The worked examples of the sovereignty model (§5.5, §5.6) as plain engine
 * input. Shared by the tests and the benchmark.
 */

export const observed = <T>(value: T, source?: string): Evidence<T> =>
  source
    ? { value, provenance: 'observed', source }
    : { value, provenance: 'observed' };
export const declared = <T>(value: T, source?: string): Evidence<T> =>
  source
    ? { value, provenance: 'declared', source }
    : { value, provenance: 'declared' };
export const unknownEvidence = <T>(): Evidence<T> => ({
  value: null,
  provenance: 'unknown',
});

const nodes = (
  prefix: string,
  n: number,
  node: Omit<EvidenceNode, 'name'>,
): EvidenceNode[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `${prefix}-${i + 1}`,
    ...node,
  }));

const ionosNode = {
  provider: 'ionos',
  location: 'de/fra',
  country: 'DE',
} as const;
const scalewayNode = {
  provider: 'scaleway',
  location: 'fr-par-1',
  country: 'FR',
} as const;

/** Example (a): IONOS de/fra + Scaleway fr-par, 2+1 control plane, WireGuard, Rook-Ceph. */
export function exampleAEvidence(): ClusterEvidence {
  return {
    cluster: 'sovereigncluster:default/example-a',
    mesh: 'resource:default/example-mesh',
    nodes: observed([
      ...nodes('cp-ionos', 2, { ...ionosNode, role: 'control-plane', vcpu: 4 }),
      ...nodes('cp-scw', 1, {
        ...scalewayNode,
        role: 'control-plane',
        vcpu: 4,
      }),
      ...nodes('worker-ionos', 3, { ...ionosNode, role: 'worker', vcpu: 8 }),
      ...nodes('worker-scw', 3, { ...scalewayNode, role: 'worker', vcpu: 8 }),
    ]),
    controlPlane: observed({ managed: false }),
    persistentData: observed(
      [
        { ...ionosNode, sizeGiB: 3000 },
        { ...scalewayNode, sizeGiB: 3000 },
      ],
      'rook-ceph/CephCluster OSD pods',
    ),
    backups: observed(
      [{ provider: 'scaleway', location: 'fr-par', country: 'FR' }],
      'velero/BackupStorageLocation',
    ),
    secretsEncryption: declared('static-key', 'declaration: aescbc'),
    volumeKeys: observed(
      'k8s-secret',
      'CephCluster: encrypted, no security.kms',
    ),
    network: observed(
      { mode: 'wireguard', scope: 'pod-and-node' },
      'kube-system/cilium-config',
    ),
    auditLogging: observed('customer-eu'),
    administration: declared([
      { name: 'keycloak (self-hosted, EU)', control: 'eu', privileged: true },
    ]),
    operatingTeam: declared('customer-eu'),
    saasAgents: observed([]),
    exit: observed({
      gitops: true,
      backups: true,
      restoreTestedElsewhere: false,
      providerSpecificApis: [],
    }),
    admission: observed({
      mode: 'audit',
      signer: 'customer',
      vulnerabilityGate: false,
    }),
    registries: observed([
      { host: 'harbor.example.eu', pods: 45, jurisdiction: 'self' },
      { host: 'quay.io', pods: 20, jurisdiction: 'non-eu' },
      { host: 'docker.io', pods: 15, jurisdiction: 'non-eu' },
      { host: 'ghcr.io', pods: 10, jurisdiction: 'non-eu' },
      { host: 'registry.k8s.io', pods: 10, jurisdiction: 'non-eu' },
    ]),
    sbomCoverage: observed(1),
    conformance: observed({
      conformant: true,
      scsChecksPass: true,
      proprietaryCoupling: 'none',
    }),
    components: observed([
      ...[
        'cilium',
        'rook-ceph',
        'kyverno',
        'argo-cd',
        'velero',
        'prometheus',
        'harbor',
        'keycloak',
      ].map(name => ({
        name,
        governance: 'neutral-foundation' as const,
        criticalPath: true,
      })),
      { name: 'loki', governance: 'single-vendor-oss', criticalPath: false },
      { name: 'grafana', governance: 'single-vendor-oss', criticalPath: false },
    ]),
    monitoring: observed('customer-eu'),
    patching: observed({ supported: true, current: true, timing: 'customer' }),
    hardening: observed({ passed: 4, total: 5 }),
  };
}

/** Provider facts of example (a): the shipped catalogue; Scaleway's unverified exposure confirmed by the operator. */
export function exampleAProviders(): ProviderFacts[] {
  return [
    providerFactsFromCatalogue(ionos),
    providerFactsFromCatalogue(scaleway, {
      provider: 'scaleway',
      confirm: ['exposure'],
      source: 'legal review 2026',
    }),
  ];
}

/** A third site the operator declares (fix 3 of example (a)). */
export function ownDataCentreFacts(): ProviderFacts {
  const d = <T>(value: T) => ({
    value,
    provenance: 'declared' as const,
    verification: 'declared' as const,
  });
  return {
    id: 'own-dc',
    title: 'Own data centre (Frankfurt)',
    controlJurisdiction: d('eu-eea'),
    ownership: d('eu-anchored'),
    exposure: d('eu-structural'),
    contractLaw: d('eu'),
    managedOperations: d('eu-only-staff'),
    certification: d('iso-27001'),
    hardwareProvenance: { value: null, provenance: 'unknown' },
    pue: { value: null, provenance: 'unknown' },
    energy: { value: null, provenance: 'unknown' },
    globalServices: d(false),
  };
}

/**
 * Example (a) after fixes 1, 2, 3 and 5: customer KMS, enforced signatures
 * with own keys and a vulnerability gate, a 2/2/1 etcd across three sites,
 * a Harbor proxy cache.
 */
export function exampleAFixedEvidence(): ClusterEvidence {
  const a = exampleAEvidence();
  return {
    ...a,
    nodes: observed([
      ...nodes('cp-ionos', 2, { ...ionosNode, role: 'control-plane', vcpu: 4 }),
      ...nodes('cp-scw', 2, {
        ...scalewayNode,
        role: 'control-plane',
        vcpu: 4,
      }),
      ...nodes('cp-own', 1, {
        provider: 'own-dc',
        location: 'fra-1',
        country: 'DE',
        role: 'control-plane',
        vcpu: 4,
      }),
      ...nodes('worker-ionos', 3, { ...ionosNode, role: 'worker', vcpu: 8 }),
      ...nodes('worker-scw', 3, { ...scalewayNode, role: 'worker', vcpu: 8 }),
    ]),
    secretsEncryption: declared('kms-v2-customer'),
    volumeKeys: observed('customer-kms'),
    admission: observed({
      mode: 'enforce',
      signer: 'customer',
      vulnerabilityGate: true,
    }),
    registries: observed([
      { host: 'harbor.example.eu', pods: 98, jurisdiction: 'self' },
      { host: 'registry.k8s.io', pods: 2, jurisdiction: 'non-eu' },
    ]),
  };
}

const awsNode = {
  provider: 'aws',
  location: 'eu-central-1',
  country: 'DE',
} as const;

/** Example (b): EKS in AWS eu-central-1. */
export function exampleBEvidence(): ClusterEvidence {
  return {
    cluster: 'sovereigncluster:default/example-b',
    nodes: observed(nodes('ng', 6, { ...awsNode, role: 'worker', vcpu: 4 })),
    controlPlane: observed({ managed: true, provider: 'aws' }),
    persistentData: observed([{ ...awsNode, sizeGiB: 500 }]),
    backups: declared(
      [{ ...awsNode }],
      'EBS snapshots, same account and region',
    ),
    secretsEncryption: declared('provider-default'),
    volumeKeys: observed(
      'provider-managed',
      'StorageClass gp3, AWS-managed key',
    ),
    network: observed({ mode: 'none' }),
    auditLogging: declared(
      'provider-service',
      'EKS control-plane logs to CloudWatch',
    ),
    administration: observed([
      { name: 'AWS IAM access entries', control: 'non-eu', privileged: true },
    ]),
    operatingTeam: unknownEvidence(),
    saasAgents: observed([]),
    exit: observed({
      gitops: false,
      backups: true,
      restoreTestedElsewhere: false,
      providerSpecificApis: [
        'eks.amazonaws.com/role-arn',
        'aws-load-balancer-controller',
      ],
    }),
    admission: observed({
      mode: 'none',
      signer: 'none',
      vulnerabilityGate: false,
    }),
    registries: observed([
      {
        host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com',
        pods: 60,
        jurisdiction: 'non-eu',
      },
      { host: 'public.ecr.aws', pods: 25, jurisdiction: 'non-eu' },
      { host: 'docker.io', pods: 15, jurisdiction: 'non-eu' },
    ]),
    sbomCoverage: observed(0),
    conformance: observed({
      conformant: true,
      scsChecksPass: false,
      proprietaryCoupling: 'heavy',
    }),
    components: observed([
      {
        name: 'amazon-vpc-cni',
        governance: 'single-vendor-oss',
        criticalPath: true,
      },
      {
        name: 'aws-ebs-csi-driver',
        governance: 'single-vendor-oss',
        criticalPath: true,
      },
      {
        name: 'aws-load-balancer-controller',
        governance: 'single-vendor-oss',
        criticalPath: true,
      },
      { name: 'coredns', governance: 'neutral-foundation', criticalPath: true },
      {
        name: 'kube-proxy',
        governance: 'neutral-foundation',
        criticalPath: true,
      },
      {
        name: 'eks-control-plane',
        governance: 'proprietary',
        criticalPath: true,
      },
      {
        name: 'eks-pod-identity-agent',
        governance: 'proprietary',
        criticalPath: true,
      },
    ]),
    monitoring: observed(
      'customer-eu',
      'CloudWatch/GuardDuty, EU-stored, full access',
    ),
    patching: observed({ supported: true, current: true, timing: 'provider' }),
    hardening: observed({ passed: 3, total: 10 }),
  };
}

/**
 * AWS facts of example (b): the catalogue marks them unverified, so the
 * operator confirms them; contract law "treated as mixed" and C5 Type 2
 * "assumed verified" are the reference's assumptions, declared here.
 */
export function exampleBProviders(): ProviderFacts[] {
  return [
    providerFactsFromCatalogue(aws, {
      provider: 'aws',
      confirm: [
        'controlJurisdiction',
        'ownership',
        'exposure',
        'managedOperations',
        'globalServices',
      ],
      facts: {
        contractLaw: 'mixed',
        certification: 'c5-type2-or-eucs-substantial',
      },
    }),
  ];
}

/** Example (b) with customer-managed KMS keys for secrets and volumes. */
export function exampleBWithCustomerManagedKeys(): ClusterEvidence {
  return {
    ...exampleBEvidence(),
    secretsEncryption: declared('kms-provider-cmk'),
    volumeKeys: observed('provider-kms-cmk'),
  };
}

const escNode = {
  provider: 'aws-esc',
  location: 'eusc-de-east-1',
  country: 'DE',
} as const;

/** Example (b) in the AWS European Sovereign Cloud, with customer-managed keys. */
export function exampleBEuropeanSovereignCloudEvidence(): ClusterEvidence {
  const b = exampleBWithCustomerManagedKeys();
  return {
    ...b,
    cluster: 'sovereigncluster:default/example-b-esc',
    nodes: observed(nodes('ng', 6, { ...escNode, role: 'worker', vcpu: 4 })),
    controlPlane: observed({ managed: true, provider: 'aws-esc' }),
    persistentData: observed([{ ...escNode, sizeGiB: 500 }]),
    backups: declared([{ ...escNode }]),
    administration: observed([
      {
        name: 'aws-eusc partition IAM',
        control: 'eu-entity-of-non-eu-group',
        privileged: true,
      },
    ]),
  };
}

/**
 * AWS European Sovereign Cloud facts, confirmed by the operator. The
 * catalogue has no certification for the partition; the reference keeps
 * SC-7.01 at C5 Type 2 as in (b), declared here.
 */
export function exampleBEuropeanSovereignCloudProviders(): ProviderFacts[] {
  return [
    providerFactsFromCatalogue(awsEuropeanSovereignCloud, {
      provider: 'aws-esc',
      confirm: [
        'controlJurisdiction',
        'ownership',
        'exposure',
        'contractLaw',
        'managedOperations',
        'globalServices',
      ],
      facts: { certification: 'c5-type2-or-eucs-substantial' },
    }),
  ];
}
