import { createProviderCatalogue } from '../catalogue/ProviderCatalogue';
import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { defaultCloudProviders } from '../providers';
import { assessCluster } from './assessPosture';
import { evidenceFromEntity } from './evidenceFromEntity';
import { mergeObservedEvidence } from './mergeObservedEvidence';
import { providerFactsFromCatalogue } from './providerFactsFromCatalogue';
import { exampleAEvidence, observed } from './workedExamples';

const entity: SovereignClusterEntity = {
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'SovereignCluster',
  metadata: { name: 'split-cp', namespace: 'default' },
  spec: {
    owner: 'group:default/platform',
    lifecycle: 'production',
    provider: 'ionos',
    locations: ['de/fra'],
    distribution: { name: 'kubeadm', version: '1.33.4' },
    controlPlane: {
      placements: [
        { location: 'de/fra', replicas: 2 },
        { provider: 'scaleway', location: 'fr-par-1', replicas: 1 },
      ],
    },
    nodePools: [
      { name: 'fra', machineType: 'CUBE-L', count: 3 },
      {
        name: 'par',
        provider: 'scaleway',
        location: 'fr-par-1',
        machineType: 'PRO2-M',
        count: 3,
      },
    ],
    network: {
      overlay: 'cilium-wireguard',
      encryption: { mode: 'wireguard', scope: 'pod-and-node' },
      mesh: 'eu-mesh',
    },
    storage: { backend: 'rook-ceph' },
    management: {
      type: 'gitops',
      repository: 'https://git.example.eu/platform',
    },
    sovereignty: {
      keyManagement: {
        secretsEncryption: 'static-key',
        volumeKeys: 'k8s-secret',
      },
      operators: [
        {
          name: 'platform team',
          role: 'platform',
          country: 'DE',
          hasAdminAccess: true,
        },
      ],
      admissionPolicies: {
        engine: 'kyverno',
        mode: 'audit',
        imageSignatures: 'customer',
      },
      auditLogging: { mode: 'customer-eu' },
    },
  },
};

describe('evidence from a SovereignCluster entity', () => {
  const catalogue = createProviderCatalogue(defaultCloudProviders());

  it('derives declared evidence: the split control plane, sites and countries from the catalogue', () => {
    const evidence = evidenceFromEntity(entity, catalogue);
    expect(evidence.cluster).toBe('sovereigncluster:default/split-cp');
    expect(evidence.mesh).toBe('eu-mesh');
    expect(evidence.nodes).toMatchObject({ provenance: 'declared' });
    expect(evidence.nodes.value).toEqual([
      expect.objectContaining({
        role: 'control-plane',
        provider: 'ionos',
        country: 'DE',
        count: 2,
      }),
      expect.objectContaining({
        role: 'control-plane',
        provider: 'scaleway',
        country: 'FR',
        count: 1,
      }),
      expect.objectContaining({
        role: 'worker',
        provider: 'ionos',
        country: 'DE',
        count: 3,
      }),
      expect.objectContaining({
        role: 'worker',
        provider: 'scaleway',
        country: 'FR',
        count: 3,
      }),
    ]);
    expect(evidence.secretsEncryption).toMatchObject({
      value: 'static-key',
      provenance: 'declared',
    });
    expect(evidence.operatingTeam.value).toBe('customer-eu');
    expect(evidence.patching).toMatchObject({
      value: null,
      provenance: 'unknown',
    });

    const providers = ['ionos', 'scaleway'].map(id =>
      providerFactsFromCatalogue(catalogue.find(id)!),
    );
    const report = assessCluster({ cluster: evidence, providers });
    const sc103 = report.criteria.find(c => c.criterionId === 'SC-1.03')!;
    expect(sc103).toMatchObject({
      points: 20,
      sealCap: 2,
      provenance: 'declared',
    });
    // Scaleway's exposure is unverified in the catalogue: partly unknown until confirmed.
    expect(
      report.criteria.find(c => c.criterionId === 'SC-2.01'),
    ).toMatchObject({ partlyUnknown: true });
    expect(report.seal.provisional).toBe(true);
  });

  it('lets observed evidence override declared evidence and reports the mismatch as drift', () => {
    const declaredEvidence = evidenceFromEntity(entity, catalogue);
    const merged = mergeObservedEvidence(declaredEvidence, {
      volumeKeys: observed('provider-managed', 'StorageClass parameters'),
      auditLogging: observed('customer-eu'),
      patching: observed({
        supported: true,
        current: true,
        timing: 'customer',
      }),
      hardening: { value: null, provenance: 'unknown' },
    });
    expect(merged.volumeKeys).toMatchObject({
      value: 'provider-managed',
      provenance: 'observed',
      declaredValue: 'k8s-secret',
    });
    expect(merged.auditLogging.declaredValue).toBeUndefined();
    expect(merged.patching.provenance).toBe('observed');
    const report = assessCluster({
      cluster: merged,
      providers: ['ionos', 'scaleway'].map(id =>
        providerFactsFromCatalogue(catalogue.find(id)!),
      ),
    });
    expect(report.drift).toEqual([
      {
        evidence: 'volumeKeys',
        declared: 'k8s-secret',
        observed: 'provider-managed',
      },
    ]);
  });

  it('compares nodes by placement: per-node capacity is no drift, a missing node is', () => {
    const declaredEvidence = evidenceFromEntity(entity, catalogue);
    // One observed entry per declared node, with real allocatable vCPU.
    const perNode = declaredEvidence.nodes.value!.flatMap(pool =>
      Array.from({ length: pool.count ?? 1 }, (_, i) => ({
        ...pool,
        name: `${pool.name}-${i}`,
        vcpu: 7.9,
        count: undefined,
      })),
    );
    const providers = ['ionos', 'scaleway'].map(id =>
      providerFactsFromCatalogue(catalogue.find(id)!),
    );
    const driftWith = (nodes: typeof perNode) =>
      assessCluster({
        cluster: mergeObservedEvidence(declaredEvidence, {
          nodes: observed(nodes, 'nodes'),
        }),
        providers,
      }).drift;

    expect(driftWith(perNode)).toEqual([]);
    const [nodesDrift] = driftWith(perNode.slice(1));
    expect(nodesDrift.evidence).toBe('nodes');
    const total = (places: unknown) =>
      (places as Array<{ count: number }>).reduce((s, p) => s + p.count, 0);
    expect(total(nodesDrift.declared) - total(nodesDrift.observed)).toBe(1);
  });

  it('example (a) as plain evidence needs no entity at all', () => {
    expect(
      exampleAEvidence().nodes.value!.filter(n => n.role === 'control-plane'),
    ).toHaveLength(3);
  });
});

describe('provider facts from the catalogue', () => {
  const catalogue = createProviderCatalogue(defaultCloudProviders());

  it('keeps catalogue provenance and verification, and derives the SC rungs', () => {
    const ionos = providerFactsFromCatalogue(catalogue.find('ionos')!);
    expect(ionos.exposure).toMatchObject({
      value: 'eu-with-non-eu-subsidiaries',
      provenance: 'catalog',
      verification: 'secondary',
    });
    expect(ionos.certification).toMatchObject({
      value: 'iso-27001',
      verification: 'verified',
    });
    expect(ionos.controlJurisdiction.value).toBe('eu-eea');
    expect(ionos.pue).toMatchObject({ value: null, provenance: 'unknown' });
    const esc = providerFactsFromCatalogue(catalogue.find('aws-esc')!);
    expect(esc.controlJurisdiction).toMatchObject({
      value: 'mostly-non-eu',
      verification: 'unverified',
    });
    expect(esc.contractLaw.value).toBe('mixed');
    expect(esc.globalServices.value).toBe(false);
    expect(esc.certification.provenance).toBe('unknown');
  });

  it('turns confirmed and overridden facts into declared ones', () => {
    const aws = providerFactsFromCatalogue(catalogue.find('aws')!, {
      provider: 'aws',
      confirm: ['exposure'],
      facts: { contractLaw: 'mixed' },
      source: 'legal assessment 2026-10',
    });
    expect(aws.exposure).toMatchObject({
      value: 'non-eu-parent',
      provenance: 'declared',
      source: 'legal assessment 2026-10',
    });
    expect(aws.contractLaw).toMatchObject({
      value: 'mixed',
      provenance: 'declared',
    });
    expect(aws.ownership).toMatchObject({
      provenance: 'catalog',
      verification: 'unverified',
    });
  });
});
