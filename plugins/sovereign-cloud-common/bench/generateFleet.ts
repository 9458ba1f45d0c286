import { defaultCloudProviders } from '../src/providers';
import {
  ClusterEvidence,
  EvidenceNode,
  PostureInput,
  ProviderFacts,
  providerFactsFromCatalogue,
} from '../src/posture';

/*
 * A realistic, deterministic fleet for the engine benchmark: one record per
 * node (as a collector reports them), 3–150 nodes per cluster, a tenth of
 * the clusters spanning two providers, controls drawn from their vocabularies.
 */

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFleetInput(clusters: number, seed = 42): PostureInput {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)];
  const int = (min: number, max: number) =>
    min + Math.floor(random() * (max - min + 1));

  const entities = defaultCloudProviders().filter(
    p => p.spec.locations.length > 0,
  );
  const providers: ProviderFacts[] = entities.map(e =>
    providerFactsFromCatalogue(e, {
      provider: e.metadata.name,
      // Half the fleet's operators have confirmed their providers' facts.
      confirm:
        random() < 0.5 ? ['exposure', 'controlJurisdiction', 'ownership'] : [],
    }),
  );
  const sites = entities.map(e => ({
    provider: e.metadata.name,
    locations: e.spec.locations.map(l => ({
      id: l.zones?.[0] ?? l.id,
      country: l.country,
    })),
  }));

  const fleet: ClusterEvidence[] = [];
  for (let c = 0; c < clusters; c++) {
    const primary = pick(sites);
    const secondary = random() < 0.1 ? pick(sites) : primary;
    const managed = random() < 0.4;
    const nodes: EvidenceNode[] = [];
    const addNodes = (
      role: EvidenceNode['role'],
      site: typeof primary,
      n: number,
      vcpu: number,
    ) => {
      const location = pick(site.locations);
      for (let i = 0; i < n; i++) {
        nodes.push({
          name: `${role === 'worker' ? 'w' : 'cp'}-${site.provider}-${
            nodes.length
          }`,
          role,
          provider: site.provider,
          location: location.id,
          country: location.country,
          vcpu,
        });
      }
    };
    if (!managed) {
      addNodes('control-plane', primary, secondary === primary ? 3 : 2, 4);
      if (secondary !== primary) addNodes('control-plane', secondary, 1, 4);
    }
    const pools = int(1, 4);
    for (let p = 0; p < pools; p++) {
      addNodes(
        'worker',
        p % 2 === 1 ? secondary : primary,
        int(2, 36),
        pick([4, 8, 16, 32]),
      );
    }
    const dataSite = pick(primary.locations);
    fleet.push({
      cluster: `sovereigncluster:default/cluster-${c}`,
      ...(random() < 0.3 ? { mesh: `resource:default/mesh-${c % 50}` } : {}),
      nodes: { value: nodes, provenance: 'observed' },
      controlPlane: {
        value: managed
          ? { managed: true, provider: primary.provider }
          : { managed: false },
        provenance: 'observed',
      },
      persistentData: {
        value: [
          {
            provider: primary.provider,
            location: dataSite.id,
            country: dataSite.country,
            sizeGiB: int(10, 5000),
          },
        ],
        provenance: 'observed',
      },
      backups: {
        value: [
          {
            provider: secondary.provider,
            country: pick(secondary.locations).country,
          },
        ],
        provenance: 'observed',
      },
      secretsEncryption: {
        value: pick([
          'kms-v2-customer',
          'kms-provider-cmk',
          'static-key',
          'provider-default',
        ] as const),
        provenance: 'declared',
      },
      volumeKeys: {
        value: pick([
          'customer-kms',
          'provider-kms-cmk',
          'k8s-secret',
          'provider-managed',
        ] as const),
        provenance: 'observed',
      },
      network: {
        value: {
          mode: pick([
            'wireguard',
            'ipsec',
            'provider-fabric',
            'none',
          ] as const),
          scope: pick(['pod', 'pod-and-node'] as const),
        },
        provenance: 'observed',
      },
      auditLogging: {
        value: pick([
          'realtime-customer-eu',
          'customer-eu',
          'provider-service',
          'incomplete',
          'none',
        ] as const),
        provenance: 'observed',
      },
      administration: {
        value: [
          {
            name: 'oidc',
            control: pick(['eu', 'non-eu'] as const),
            privileged: true,
          },
        ],
        provenance: 'declared',
      },
      operatingTeam: {
        value: pick(['customer-eu', 'customer-mixed'] as const),
        provenance: 'declared',
      },
      saasAgents: {
        value:
          random() < 0.3
            ? [
                {
                  name: 'apm-agent',
                  vendorJurisdiction: 'non-eu',
                  privileged: random() < 0.5,
                },
              ]
            : [],
        provenance: 'observed',
      },
      exit: {
        value: {
          gitops: random() < 0.7,
          backups: true,
          restoreTestedElsewhere: random() < 0.2,
          providerSpecificApis: [],
        },
        provenance: 'observed',
      },
      admission: {
        value: {
          mode: pick(['enforce', 'audit', 'none'] as const),
          signer: pick(['customer', 'upstream', 'none'] as const),
          vulnerabilityGate: random() < 0.5,
        },
        provenance: 'observed',
      },
      registries: {
        value: [
          {
            host: 'harbor.internal.example.eu',
            pods: int(0, 400),
            jurisdiction: 'self',
          },
          { host: 'docker.io', pods: int(0, 200), jurisdiction: 'non-eu' },
          { host: 'quay.io', pods: int(0, 100), jurisdiction: 'non-eu' },
          { host: 'registry.k8s.io', pods: int(1, 50), jurisdiction: 'non-eu' },
        ],
        provenance: 'observed',
      },
      sbomCoverage: {
        value: Math.round(random() * 100) / 100,
        provenance: 'observed',
      },
      conformance: {
        value: {
          conformant: true,
          scsChecksPass: random() < 0.5,
          proprietaryCoupling: pick(['none', 'some', 'heavy'] as const),
        },
        provenance: 'observed',
      },
      components: {
        value: [
          'cilium',
          'coredns',
          'kube-proxy',
          'rook-ceph',
          'prometheus',
          'argo-cd',
          'kyverno',
          'loki',
        ].map(name => ({
          name,
          governance:
            name === 'loki' ? 'single-vendor-oss' : 'neutral-foundation',
          criticalPath: name !== 'loki',
        })),
        provenance: 'observed',
      },
      monitoring: {
        value: pick([
          'immutable-eu-customer',
          'customer-eu',
          'provider-portal',
        ] as const),
        provenance: 'observed',
      },
      patching: {
        value: {
          supported: random() < 0.9,
          current: random() < 0.6,
          timing: managed ? 'provider' : 'customer',
        },
        provenance: 'observed',
      },
      hardening: {
        value: { passed: int(0, 5), total: 5 },
        provenance: 'observed',
      },
    });
  }
  return { clusters: fleet, providers, profile: 'csf-v1.2.1' };
}
