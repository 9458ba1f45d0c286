import { ProviderDetection } from '../entities/CloudProvider';
import { fact, location, providerEntity } from './build';
import { PROVISIONING_SOURCES as P, REFERENCE, S } from './sources';

const GENERAL_KNOWLEDGE = 'General knowledge; not verified in the research.';

const region = (id: string, country: string, city?: string) =>
  location(id, country, {
    ...(city ? { city } : {}),
    verification: 'verified',
    sources: [S.AWS_SDK_PART],
  });

/** Shared with the AWS European Sovereign Cloud. */
export const awsDetection: ProviderDetection = {
  providerIdPrefixes: fact(['aws://'], 'secondary', [S.MOGENIUS]),
  nodeLabelKeys: fact(['eks.amazonaws.com/'], 'secondary', [S.MOGENIUS]),
};

/** AWS commercial regions (European ones only). Facts: sovereignty research §3.3/§3.4, provisioning research §2.8. */
export const aws = providerEntity(
  {
    name: 'aws',
    title: 'Amazon Web Services (commercial regions)',
    description:
      'AWS commercial partition. Only the European regions listed in the research are included; add others by override.',
    links: [{ url: S.CLOUDACT.url, title: 'CLOUD Act, 18 U.S.C. § 2713' }],
  },
  {
    type: 'public-cloud',
    legalEntity: fact(
      'Amazon Web Services, Inc.',
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    hqCountry: fact(
      'US',
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    parent: fact(
      { name: 'Amazon.com, Inc.', country: 'US', jurisdiction: 'non-eu' },
      'unverified',
      [REFERENCE.factSheet],
      GENERAL_KNOWLEDGE,
    ),
    exposureClass: fact(
      'non-eu-parent',
      'unverified',
      [REFERENCE.exposureModel, S.CLOUDACT],
      "US parent (unverified); the CLOUD Act reaches data in a US provider's possession, custody or control wherever it is stored (verified).",
    ),
    nonEuPresence: fact(
      ['US'],
      'unverified',
      [REFERENCE.factSheet],
      'US parent.',
    ),
    certifications: [
      {
        scheme: 'bsi-c5',
        status: 'held',
        scope: 'AWS (scope not named in the source)',
        verification: 'secondary',
        sources: [S.C5_KUMO],
        note: 'Third-party statements only.',
      },
      {
        scheme: 'iso-27001',
        status: 'unknown',
        scope: 'AWS',
        verification: 'unverified',
        sources: [REFERENCE.factSheet],
        note: 'No AWS page in the stored sources.',
      },
    ],
    locations: [
      region('eu-central-1', 'DE', 'Frankfurt'),
      region('eu-west-1', 'IE'),
      region('eu-west-3', 'FR', 'Paris'),
      region('eu-north-1', 'SE', 'Stockholm'),
      region('eu-south-1', 'IT', 'Milan'),
      region('eu-south-2', 'ES'),
      region('eu-central-2', 'CH', 'Zurich'),
      region('eu-west-2', 'GB', 'London'),
    ],
    provisioning: [
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPA',
        repository: 'kubernetes-sigs/cluster-api-provider-aws',
        apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta2',
        clusterKind: 'AWSCluster',
        machineKind: 'AWSMachineTemplate',
        contract: 'v1beta1',
        verification: 'verified',
        sources: [REFERENCE.provisioning, P.CAPA],
      },
      {
        method: 'cluster-api',
        infrastructureProvider: 'CAPA',
        repository: 'kubernetes-sigs/cluster-api-provider-aws',
        apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2',
        machineKind: 'AWSManagedMachinePool',
        controlPlaneKind: 'AWSManagedControlPlane',
        managedControlPlane: true,
        verification: 'unverified',
        sources: [REFERENCE.provisioning, P.CAPA],
        note: 'EKS through CAPA; field details not re-verified.',
      },
    ],
    detection: awsDetection,
  },
);
