import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const zones = (region: string) => [
  `${region}-1`,
  `${region}-2`,
  `${region}-3`,
  `${region}-m`,
];

/** STACKIT. Facts: sovereignty research §3.3/§3.4, provisioning research §2.5/§2.9. */
export const stackit = providerEntity(
  {
    name: 'stackit',
    title: 'STACKIT',
    description:
      'STACKIT cloud of the Schwarz Group (STACKIT GmbH & Co. KG, Neckarsulm).',
    links: [
      { url: S.STACKIT_DOCS.url, title: 'Regions and availability zones' },
    ],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'STACKIT GmbH & Co. KG',
      'secondary',
      [S.HOP3_STACKIT, S.STACKIT_TZ],
      'Neckarsulm; a separate company since 1 September 2023.',
    ),
    hqCountry: fact('DE', 'secondary', [S.HOP3_STACKIT, S.STACKIT_TZ]),
    parent: fact(
      {
        name: 'Schwarz Group (Schwarz Digits)',
        country: null,
        jurisdiction: 'eu-eea',
      },
      'secondary',
      [S.HOP3_STACKIT, REFERENCE.exposureModel],
      'Private; an IPO is ruled out. Country not stated in the sources; the jurisdiction follows the exposure class.',
    ),
    exposureClass: fact(
      'eu-structural',
      'unverified',
      [REFERENCE.exposureModel],
      'No non-EU group operations are known (unverified).',
    ),
    nonEuPresence: fact([], 'unverified', [REFERENCE.factSheet], 'None known.'),
    certifications: [
      {
        scheme: 'bsi-c5',
        status: 'unknown',
        scope: 'STACKIT',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'No STACKIT statement on C5 in the stored sources.',
      },
    ],
    locations: [
      location('eu01', 'DE', {
        city: 'Heilbronn',
        zones: zones('eu01'),
        verification: 'verified',
        sources: [S.STACKIT_CLI, S.STACKIT_DOCS],
      }),
      location('eu02', 'AT', {
        zones: zones('eu02'),
        verification: 'secondary',
        sources: [S.STACKIT_CLI, S.STACKIT_3P, S.STACKIT_TZ],
        note: 'The code is verified (STACKIT-CLI); the country comes from third-party region catalogues and press only, and the STACKIT region page read lists eu01 alone. City unknown.',
      }),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPSTK',
        repository: 'stackitcloud/cluster-api-provider-stackit',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1alpha1',
        clusterKind: 'StackitCluster',
        machineKind: 'StackitMachineTemplate',
        contract: 'v1beta2',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPSTK],
        note: 'Early stage: "not an officially supported STACKIT project … use at your own risk"; no releases yet.',
      },
      {
        method: 'crossplane',
        service: 'STACKIT Kubernetes Engine (SKE)',
        crossplaneProvider: 'intive/provider-stackit',
        verification: 'unverified',
        sources: [REFERENCE.managedKubernetes, P.XP_STACKIT, P.SKE_TF],
        note: 'Community provider whose SKE coverage is not verified; the official path is Terraform (stackit_ske_cluster).',
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
        ['worker.gardener.cloud/'],
        'secondary',
        [S.MOGENIUS],
        'Marks Gardener-based SKE nodes.',
      ),
    },
    statements: [
      {
        topic: 'procurement',
        value:
          "Awardee of the European Commission's sovereign-cloud tender (April 2026).",
        verification: 'secondary',
        sources: [S.BELIBRE],
      },
    ],
  },
);
