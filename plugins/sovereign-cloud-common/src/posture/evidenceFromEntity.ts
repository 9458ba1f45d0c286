import {
  findProviderLocation,
  ProviderCatalogue,
} from '../catalogue/ProviderCatalogue';
import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { isEuEeaCountry } from '../jurisdictions/countries';
import {
  ClusterEvidence,
  DataPlacement,
  Evidence,
  EvidenceNode,
  OperatingTeam,
  RegistryUse,
} from './evidence';

const unknown = <T>(note: string): Evidence<T> => ({
  value: null,
  provenance: 'unknown',
  note,
});
const declared = <T>(value: T, source: string): Evidence<T> => ({
  value,
  provenance: 'declared',
  source,
});

/*
 * Entities declare machine types, not vCPU: until a collector observes
 * allocatable CPU, each declared node weighs one unit of capacity.
 */
const NOMINAL_VCPU = 1;

type Site = { provider: string; location?: string; country?: string };

function siteOf(
  catalogue: ProviderCatalogue,
  providerRef: string,
  location: string | undefined,
): Site {
  const provider = catalogue.find(providerRef);
  const id = provider?.metadata.name ?? providerRef;
  const site: Site = { provider: id };
  if (location) {
    site.location = location;
    const found = provider
      ? findProviderLocation(provider, location)
      : undefined;
    if (found) site.country = found.country;
  }
  return site;
}

function declaredNodes(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
): EvidenceNode[] {
  const { spec } = entity;
  const defaultLocation = spec.locations[0];
  const nodes: EvidenceNode[] = [];
  const cp = spec.controlPlane;
  if (!cp.managed) {
    const placements = cp.placements ?? [
      {
        provider: cp.provider,
        location: cp.location,
        replicas: cp.replicas ?? 0,
      },
    ];
    placements.forEach((p, i) => {
      if (p.replicas <= 0) return;
      const site = siteOf(
        catalogue,
        p.provider ?? spec.provider,
        p.location ?? defaultLocation,
      );
      nodes.push({
        name: `control-plane-${i + 1}`,
        role: 'control-plane',
        ...site,
        vcpu: NOMINAL_VCPU,
        count: p.replicas,
      });
    });
  }
  for (const pool of spec.nodePools) {
    if (pool.count <= 0) continue;
    const site = siteOf(
      catalogue,
      pool.provider ?? spec.provider,
      pool.location ?? defaultLocation,
    );
    const gpus = pool.accelerators?.reduce((s, a) => s + a.count, 0);
    nodes.push({
      name: pool.name,
      role: 'worker',
      ...site,
      vcpu: NOMINAL_VCPU,
      count: pool.count,
      ...(gpus ? { gpus } : {}),
    });
  }
  return nodes;
}

function operatingTeam(
  entity: SovereignClusterEntity,
): Evidence<OperatingTeam> {
  const platform = (entity.spec.sovereignty?.operators ?? []).filter(
    o => o.role === 'platform',
  );
  if (platform.length === 0 || platform.some(o => !o.country)) {
    return unknown('No platform operators with a country declared');
  }
  const eu = platform.filter(o => isEuEeaCountry(o.country!)).length;
  let team: OperatingTeam = 'customer-mixed';
  if (eu === platform.length) team = 'customer-eu';
  else if (eu === 0) team = 'customer-non-eu';
  return declared(team, 'spec.sovereignty.operators');
}

function registryJurisdiction(
  country: string | undefined,
): RegistryUse['jurisdiction'] {
  if (country === undefined) return 'unknown';
  return isEuEeaCountry(country) ? 'eu' : 'non-eu';
}

function volumeKeys(
  entity: SovereignClusterEntity,
): ClusterEvidence['volumeKeys'] {
  const keys = entity.spec.sovereignty?.keyManagement;
  if (!entity.spec.storage) return unknown('No storage declared');
  if (!keys?.volumeKeys || keys.volumeKeys === 'unknown') {
    return unknown('Not declared');
  }
  return declared(keys.volumeKeys, 'spec.sovereignty.keyManagement.volumeKeys');
}

function registries(entity: SovereignClusterEntity): Evidence<RegistryUse[]> {
  const declaredRegistries = entity.spec.sovereignty?.imageRegistries;
  if (!declaredRegistries || declaredRegistries.length === 0) {
    return unknown('Registries are observed from running images');
  }
  const uses = declaredRegistries.map(r => ({
    host: r.host,
    pods: 1,
    jurisdiction: registryJurisdiction(r.country),
  }));
  // Without pod counts a share is only known when all registries agree.
  const allEu = uses.every(u => u.jurisdiction === 'eu');
  const noneEu = uses.every(u => u.jurisdiction === 'non-eu');
  if (!allEu && !noneEu)
    return unknown('Share of pods per registry is observed, not declared');
  return declared(uses, 'spec.sovereignty.imageRegistries');
}

function persistentData(
  entity: SovereignClusterEntity,
  nodes: EvidenceNode[],
): Evidence<DataPlacement[]> {
  const storage = entity.spec.storage;
  if (!storage) return unknown('No storage declared');
  // Software-defined storage keeps data on the workers; provider CSI at the workers' sites too.
  const sites = new Map<string, DataPlacement>();
  for (const n of nodes) {
    if (n.role !== 'worker') continue;
    const key = `${n.provider}/${n.location ?? ''}`;
    if (!sites.has(key)) {
      sites.set(key, {
        provider: n.provider,
        ...(n.location ? { location: n.location } : {}),
        ...(n.country ? { country: n.country } : {}),
      });
    }
  }
  return declared([...sites.values()], 'spec.storage');
}

/**
 * Evidence declared by a SovereignCluster entity, resolved against the
 * provider catalogue. Everything is `declared` (or unknown); collectors
 * replace values with observations through `mergeObservedEvidence`.
 * @public
 */
export function evidenceFromEntity(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
): ClusterEvidence {
  const { spec } = entity;
  const sovereignty = spec.sovereignty;
  const nodes = declaredNodes(entity, catalogue);
  const keys = sovereignty?.keyManagement;
  const admission = sovereignty?.admissionPolicies;
  const cpProvider = catalogue.find(spec.controlPlane.provider ?? spec.provider)
    ?.metadata.name;

  const evidence: ClusterEvidence = {
    cluster: stringifyEntityRef(entity),
    nodes: declared(nodes, 'spec.nodePools, spec.controlPlane'),
    controlPlane: declared(
      {
        managed: spec.controlPlane.managed === true,
        ...(spec.controlPlane.managed && cpProvider
          ? { provider: cpProvider }
          : {}),
      },
      'spec.controlPlane',
    ),
    persistentData: persistentData(entity, nodes),
    backups: unknown('Backup targets are observed (Velero) or declared'),
    secretsEncryption:
      keys && keys.secretsEncryption !== 'unknown'
        ? declared(keys.secretsEncryption, 'spec.sovereignty.keyManagement')
        : unknown('Not declared'),
    volumeKeys: volumeKeys(entity),
    network: declared(
      {
        mode: spec.network.encryption.mode,
        ...(spec.network.encryption.scope
          ? { scope: spec.network.encryption.scope }
          : {}),
      },
      'spec.network.encryption',
    ),
    auditLogging: sovereignty?.auditLogging
      ? declared(sovereignty.auditLogging.mode, 'spec.sovereignty.auditLogging')
      : unknown('Not declared'),
    administration: unknown('Authentication paths are observed or declared'),
    operatingTeam: operatingTeam(entity),
    saasAgents: unknown('SaaS agents are observed'),
    exit:
      spec.management.type === 'gitops'
        ? declared(
            {
              gitops: true,
              backups: false,
              restoreTestedElsewhere: false,
              providerSpecificApis: [],
            },
            'spec.management',
          )
        : unknown('Not declared'),
    admission: admission
      ? declared(
          {
            mode: admission.mode,
            signer: admission.imageSignatures ?? 'none',
            vulnerabilityGate: admission.vulnerabilityGate === true,
          },
          'spec.sovereignty.admissionPolicies',
        )
      : unknown('Not declared'),
    registries: registries(entity),
    sbomCoverage: unknown('Observed'),
    conformance: unknown('Observed'),
    components: unknown('Observed'),
    monitoring: unknown('Observed or declared'),
    patching: unknown('Observed'),
    hardening: unknown('Observed'),
  };
  if (spec.network.mesh) evidence.mesh = spec.network.mesh;
  return evidence;
}
