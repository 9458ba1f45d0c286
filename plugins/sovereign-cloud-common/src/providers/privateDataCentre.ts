import { fact, providerEntity, unknown } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const DECLARE = 'Declared by the operator: copy this template and fill it in.';

/**
 * Template for a private data centre: every fact is the operator's to
 * declare (verification `declared`), so all are unknown here and there are no
 * locations yet. The provisioning paths are the usual ones for own hardware.
 */
export const privateDataCentre = providerEntity(
  {
    name: 'private-dc',
    title: 'Private data centre (template)',
    description:
      'Template for an own data centre or edge site. Copy it under your own name, declare the facts (verification: declared) and add your sites as locations.',
  },
  {
    type: 'private-dc',
    legalEntity: unknown(DECLARE),
    hqCountry: unknown(DECLARE),
    parent: unknown(DECLARE),
    exposureClass: unknown(DECLARE, [REFERENCE.exposureModel]),
    nonEuPresence: unknown(DECLARE),
    certifications: [],
    locations: [],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'Metal3',
        repository: 'metal3-io/cluster-api-provider-metal3',
        // v1.13 stores v1beta2 and still serves v1beta1 (deprecated): the schema kit's CRDs.
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
        clusterKind: 'Metal3Cluster',
        machineKind: 'Metal3MachineTemplate',
        contract: 'v1beta2',
        verification: 'verified',
        sources: [REFERENCE.privateDataCentres, P.METAL3],
        note: 'Bare metal through Ironic; BareMetalHosts must be enrolled first.',
      },
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPMOX',
        repository: 'ionos-cloud/cluster-api-provider-proxmox',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha1',
        clusterKind: 'ProxmoxCluster',
        machineKind: 'ProxmoxMachineTemplate',
        contract: 'v1beta1',
        verification: 'verified',
        sources: [REFERENCE.privateDataCentres, P.CAPMOX],
        note: 'Proxmox VE; v1alpha2 on main.',
      },
      {
        method: 'cluster-api',
        infrastructureProvider: 'BYOH',
        repository: 'vmware-tanzu/cluster-api-provider-bringyourownhost',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
        clusterKind: 'ByoCluster',
        machineKind: 'ByoMachineTemplate',
        contract: 'v1beta1',
        verification: 'unverified',
        sources: [REFERENCE.privateDataCentres, P.BYOH],
        note: 'Pre-provisioned hosts. Upstream appears dormant and a fork is maintained: treat as risky.',
      },
    ],
    detection: {
      providerIdPrefixes: fact(
        ['proxmox://'],
        'secondary',
        [S.PROXMOX_CCM],
        'Proxmox nodes only; declare other nodes with the sovereign-cloud.io/provider node label.',
      ),
    },
  },
);
