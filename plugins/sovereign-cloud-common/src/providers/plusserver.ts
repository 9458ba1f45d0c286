import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const environment = (id: string, zone: string, city: string) =>
  location(id, 'DE', {
    city,
    zones: [zone],
    aliases: [`pco-${id}`],
    verification: 'verified',
    sources: [S.PCO_DOCS, S.SCS_REPO],
  });

/** plusserver (pluscloud open). Facts: sovereignty research §3.3/§3.4, provisioning research §2.4/§2.9. */
export const plusserver = providerEntity(
  {
    name: 'plusserver',
    title: 'plusserver (pluscloud open)',
    description:
      'pluscloud open, an SCS-compatible OpenStack cloud of PlusServer GmbH, Cologne.',
    links: [{ url: S.PLUS_IMPRINT.url, title: 'Imprint (legal entity)' }],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'PlusServer GmbH, Hohenzollernring 72, Cologne (HRB 84977)',
      'verified',
      [S.PLUS_IMPRINT],
    ),
    hqCountry: fact('DE', 'verified', [S.PLUS_IMPRINT]),
    parent: fact(
      { name: 'BC Partners', country: 'GB', jurisdiction: 'non-eu' },
      'secondary',
      [S.HOP3_PLUS],
      'UK private equity, owner since 2017; reportedly for sale.',
    ),
    exposureClass: fact(
      'eu-structural',
      'secondary',
      [REFERENCE.exposureModel, S.PLUS_IMPRINT, S.HOP3_PLUS],
      'For the operating company; the non-EU financial owner is penalised under SOV-1.2/1.4 instead.',
    ),
    nonEuPresence: fact(
      ['GB'],
      'secondary',
      [S.HOP3_PLUS, S.PCO_DOCS],
      'The owner is outside the EU (UK); all four pluscloud open regions are in Germany (verified).',
    ),
    certifications: [
      {
        scheme: 'scs-iaas',
        status: 'held',
        scope: 'pluscloud open (4 regions)',
        verification: 'verified',
        sources: [S.SCS_REPO],
      },
      {
        scheme: 'gaia-x-membership',
        status: 'held',
        scope: 'PlusServer',
        verification: 'secondary',
        sources: [S.GX_FOUND],
        note: 'Founding member, September 2020.',
      },
      {
        scheme: 'bsi-c5',
        status: 'unknown',
        scope: 'pluscloud open',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'Not found in the stored sources.',
      },
      {
        scheme: 'iso-27001',
        status: 'unknown',
        scope: 'pluscloud open',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'Not found in the stored sources.',
      },
    ],
    locations: [
      environment('prod1', 'DE-WEST-1', 'Cologne'),
      environment('prod2', 'DE-NORTH-1', 'Hamburg'),
      environment('prod3', 'DE-NORTH-2', 'Hamburg'),
      environment('prod4', 'DE-WEST-2', 'Düsseldorf'),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPO',
        repository: 'kubernetes-sigs/cluster-api-provider-openstack',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
        clusterKind: 'OpenStackCluster',
        machineKind: 'OpenStackMachineTemplate',
        contract: 'v1beta1',
        release: 'v0.14.7',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPO],
        note: 'Each environment is "shared nothing": one CAPO cloud (clouds.yaml entry) per environment, not availability zones of one cloud. SCS Cluster Stacks (openstack/scs2) ship a ClusterClass. For the managed PSKE (Gardener-based) no Crossplane provider was found.',
      },
    ],
    detection: {
      providerIdPrefixes: fact(
        ['openstack:///'],
        'unverified',
        [REFERENCE.detection],
        'Typical for OpenStack-based clouds; tell them apart by region code.',
      ),
      nodeLabelKeys: fact(
        ['pluscloudopen', 'worker.gardener.cloud/'],
        'secondary',
        [S.MOGENIUS],
        'worker.gardener.cloud/ marks Gardener-based PSKE nodes.',
      ),
    },
  },
);
