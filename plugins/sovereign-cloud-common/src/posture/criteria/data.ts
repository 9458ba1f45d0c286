import { isEuEeaCountry } from '../../jurisdictions/countries';
import {
  AssessmentContext,
  CriterionDefinition,
  CriterionOutcome,
} from '../criterion';
import { DataPlacement } from '../evidence';
import { isUsableFact, providerRecordOf, recordOf } from '../evidenceRecords';
import { answer } from './answers';

const inEu = (country: string | undefined) =>
  country !== undefined && isEuEeaCountry(country);

const placementsKnown = (placements: readonly DataPlacement[]) =>
  placements.every(p => p.country !== undefined);

function dataLocation(context: AssessmentContext): CriterionOutcome {
  const { evidence, topology, providers } = context;
  const records = [
    recordOf('nodes', evidence.nodes),
    recordOf('persistentData', evidence.persistentData),
    recordOf('backups', evidence.backups),
  ];
  const nodes = topology.nodes;
  const data = evidence.persistentData.value;
  const backups = evidence.backups.value;
  if (
    nodes === null ||
    data === null ||
    backups === null ||
    !topology.nodeFacts.locationsKnown ||
    !placementsKnown(data) ||
    !placementsKnown(backups)
  ) {
    return {
      kind: 'unknown',
      evidence: records,
      detail: 'Node, volume or backup location not evidenced',
    };
  }
  let globalServices = false;
  let globalServicesUnknown = false;
  const providerRecords = topology.hostingProviders.map(id => {
    const fact = providers.get(id)?.globalServices;
    if (!isUsableFact(fact)) globalServicesUnknown = true;
    else if (fact.value) globalServices = true;
    return providerRecordOf(id, 'globalServices', fact);
  });
  const evidenceRead = records.concat(providerRecords);
  const total = topology.totalVcpu;
  const euShare = total > 0 ? topology.nodeFacts.euVcpu / total : 0;
  const dataInEu = data.every(p => inEu(p.country));
  const backupsInEu = backups.every(p => inEu(p.country));

  let key: string;
  if (euShare === 1 && dataInEu && backupsInEu && !globalServices)
    key = 'eu-only';
  else if (dataInEu && euShare > 0) key = 'eu-data-with-exceptions';
  else if (euShare >= 0.5) key = 'mainly-eu';
  else if (euShare > 0) key = 'partly-eu';
  else key = 'not-eu';
  if (key === 'eu-only' && globalServicesUnknown) {
    // A provider's global services could still make this an exception:
    // score that lower bound, keep the known cap, and flag the unknown part.
    return {
      kind: 'computed',
      credit: 0.75,
      cap: 4,
      answer: key,
      partlyUnknown: true,
      evidence: evidenceRead,
    };
  }
  return { kind: 'answer', answer: key, evidence: evidenceRead };
}

/** SC-3.01 — CSF SOV-3.4: a single tolerated non-EU exception caps at SEAL-1. */
export const dataInEu: CriterionDefinition = {
  id: 'SC-3.01',
  objective: 'SOV-3',
  title: 'Data strictly in EU/EEA',
  csfRefs: ['SOV-3.4'],
  mapping: 'direct',
  frameworkReference:
    'CSF v1.2.1 SOV-3.4 data location strictly in EU/EEA (no third-country fallback)',
  reads: ['nodes', 'persistentData', 'backups', 'provider.globalServices'],
  maxPoints: 40,
  answers: [
    answer('eu-only', 'Everything in the EU/EEA, no fallback', 1, 4),
    answer(
      'eu-data-with-exceptions',
      'Persistent data EU-only, with tolerated exceptions (stateless non-EU nodes, non-EU backups, global provider services)',
      0.75,
      1,
    ),
    answer('mainly-eu', 'Mainly EU', 0.5, 1),
    answer('partly-eu', 'Partly EU', 0.25, 0),
    answer('not-eu', 'Not in the EU/EEA', 0, 0),
  ],
  remediation:
    'Remove non-EU nodes/backup targets; pin workloads with topology constraints',
  evaluate: dataLocation,
};

type Custody =
  | 'customer-exclusive'
  | 'customer-kms'
  | 'provider-kms-cmk'
  | 'static-keys'
  | 'provider-managed';

const CUSTODY_ORDER: Custody[] = [
  'provider-managed',
  'static-keys',
  'provider-kms-cmk',
  'customer-kms',
  'customer-exclusive',
];

const SECRETS_CUSTODY: Record<string, Custody | undefined> = {
  'kms-v2-customer': 'customer-kms',
  'kms-provider-cmk': 'provider-kms-cmk',
  'static-key': 'static-keys',
  'provider-default': 'provider-managed',
  none: 'provider-managed',
};

const VOLUME_CUSTODY: Record<string, Custody | undefined> = {
  'customer-kms': 'customer-kms',
  'provider-kms-cmk': 'provider-kms-cmk',
  'k8s-secret': 'static-keys',
  'provider-managed': 'provider-managed',
  none: 'provider-managed',
};

const DECIDED_BY_SECRETS = Object.freeze(['secretsEncryption']);
const DECIDED_BY_VOLUMES = Object.freeze(['volumeKeys']);
const DECIDED_BY_BOTH = Object.freeze(['secretsEncryption', 'volumeKeys']);

/** SC-3.02 — CSF SOV-3.1; the weaker of etcd secrets and volume keys wins. */
export const keyCustody: CriterionDefinition = {
  id: 'SC-3.02',
  objective: 'SOV-3',
  title:
    'Customer control of encryption keys (etcd secrets + volumes; weakest wins)',
  csfRefs: ['SOV-3.1'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-3.1 customer control of keys',
  reads: ['secretsEncryption', 'volumeKeys', 'nodes'],
  maxPoints: 40,
  answers: [
    answer(
      'customer-exclusive',
      'Customer-exclusive keys and confidential computing',
      1,
      4,
    ),
    answer(
      'customer-kms',
      'Customer-held KMS/HSM (provider could read in-use memory)',
      0.75,
      3,
    ),
    answer('provider-kms-cmk', 'Customer-managed key in provider KMS', 0.5, 2),
    answer(
      'static-keys',
      'Static keys on provider-hosted disks (aescbc, Secret-backed KEKs)',
      0.25,
      1,
    ),
    answer('provider-managed', 'Provider-managed keys only, or none', 0, 0),
  ],
  remediation:
    'Run an EU, customer-operated KMS (Vault/OpenBao + HSM); KMS v2 plugin for the API server; Rook `security.kms`; consider SEV-SNP/TDX nodes',
  evaluate: ({ evidence, topology }) => {
    const records = [
      recordOf('secretsEncryption', evidence.secretsEncryption),
      recordOf('volumeKeys', evidence.volumeKeys),
    ];
    const secrets = SECRETS_CUSTODY[evidence.secretsEncryption.value ?? ''];
    const volumeValue = evidence.volumeKeys.value;
    const volumes =
      volumeValue === 'no-persistent-volumes'
        ? 'customer-exclusive'
        : VOLUME_CUSTODY[volumeValue ?? ''];
    if (!secrets || !volumes) return { kind: 'unknown', evidence: records };
    const rank = Math.min(
      CUSTODY_ORDER.indexOf(secrets),
      CUSTODY_ORDER.indexOf(volumes),
    );
    let weakest = CUSTODY_ORDER[rank];
    // The weaker side decides; on a tie both do.
    const secretsDecide = CUSTODY_ORDER.indexOf(secrets) === rank;
    const volumesDecide = CUSTODY_ORDER.indexOf(volumes) === rank;
    let decidedBy: readonly string[] = DECIDED_BY_BOTH;
    if (!volumesDecide) decidedBy = DECIDED_BY_SECRETS;
    else if (!secretsDecide) decidedBy = DECIDED_BY_VOLUMES;
    if (weakest === 'customer-exclusive') weakest = 'customer-kms';
    if (weakest === 'customer-kms' && topology.nodeFacts.allConfidential) {
      return {
        kind: 'answer',
        answer: 'customer-exclusive',
        evidence: [...records, recordOf('nodes', evidence.nodes)],
        decidedBy,
      };
    }
    return { kind: 'answer', answer: weakest, evidence: records, decidedBy };
  },
};

/** SC-3.03 — plugin-defined: WireGuard/IPsec between nodes. */
export const interNodeEncryption: CriterionDefinition = {
  id: 'SC-3.03',
  objective: 'SOV-3',
  title: 'Inter-node encryption in transit',
  csfRefs: ['SOV-3.1'],
  mapping: 'plugin',
  frameworkReference:
    'Plugin-defined (no CSF criterion), in the spirit of CSF SOV-3.1; SCS scs-0122',
  reads: ['network', 'nodes'],
  maxPoints: 20,
  answers: [
    answer(
      'pod-and-node',
      'Pod and node traffic encrypted with node-held keys',
      1,
      null,
    ),
    answer('pod-only', 'Pod-only or provider-fabric encryption', 0.5, 3),
    answer(
      'none-private',
      "None, on a single provider's private network",
      0.25,
      3,
    ),
    answer(
      'none-spanning',
      'None while spanning providers or the public internet',
      0,
      1,
    ),
  ],
  remediation:
    'Enable Cilium WireGuard incl. node-to-node, or Calico WireGuard (v4 and v6)',
  evaluate: ({ evidence, topology }) => {
    const records = [recordOf('network', evidence.network)];
    const network = evidence.network.value;
    if (network === null) return { kind: 'unknown', evidence: records };
    if (network.mode === 'wireguard' || network.mode === 'ipsec') {
      const key =
        network.scope === 'pod-and-node' ? 'pod-and-node' : 'pod-only';
      return { kind: 'answer', answer: key, evidence: records };
    }
    if (network.mode === 'provider-fabric') {
      return { kind: 'answer', answer: 'pod-only', evidence: records };
    }
    if (network.spansPublicNetworks === undefined && topology.nodes === null) {
      return {
        kind: 'unknown',
        evidence: [...records, recordOf('nodes', evidence.nodes)],
        detail: 'Whether nodes span providers is not evidenced',
      };
    }
    const spans =
      network.spansPublicNetworks ?? topology.capacityShare.size > 1;
    return {
      kind: 'answer',
      answer: spans ? 'none-spanning' : 'none-private',
      evidence: records,
    };
  },
};

/** SC-3.04 — CSF SOV-3.2. */
export const accessTransparency: CriterionDefinition = {
  id: 'SC-3.04',
  objective: 'SOV-3',
  title: 'Access transparency (API audit logs)',
  csfRefs: ['SOV-3.2'],
  mapping: 'direct',
  frameworkReference: 'CSF v1.2.1 SOV-3.2 access logs',
  reads: ['auditLogging'],
  maxPoints: 20,
  answers: [
    answer(
      'realtime-customer-eu',
      'Real-time, customer-controlled in the EU, independently audited',
      1,
      4,
    ),
    answer('customer-eu', 'Customer-controlled, not real time', 0.75, 3),
    answer('provider-service', 'Provider-controlled service', 0.5, 2),
    answer('incomplete', 'Incomplete', 0.25, 1),
    answer('none', 'None', 0, 0),
  ],
  remediation:
    'Enable audit policy; ship to EU store you control; add runtime detection',
  evaluate: ({ evidence }) => {
    const records = [recordOf('auditLogging', evidence.auditLogging)];
    const mode = evidence.auditLogging.value;
    if (mode === null) return { kind: 'unknown', evidence: records };
    return { kind: 'answer', answer: mode, evidence: records };
  },
};
