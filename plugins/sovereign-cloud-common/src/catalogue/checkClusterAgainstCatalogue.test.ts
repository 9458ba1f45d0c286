import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { defaultCloudProviders } from '../providers';
import { exampleSovereignCluster } from '../schema/examples';
import { validateSovereignCluster } from '../validation/validateEntities';
import { formatValidationProblem } from '../validation/ValidationProblem';
import { mutate } from '../testing/mutate';
import { checkClusterAgainstCatalogue } from './checkClusterAgainstCatalogue';
import { createProviderCatalogue } from './ProviderCatalogue';

const catalogue = createProviderCatalogue(defaultCloudProviders());

const check = (change: (cluster: any) => void) => {
  const cluster = mutate(exampleSovereignCluster, change);
  // The catalogue check takes valid clusters; make sure the mutation kept it valid.
  expect(validateSovereignCluster(cluster).problems).toEqual([]);
  return checkClusterAgainstCatalogue(
    cluster as SovereignClusterEntity,
    catalogue,
  ).map(formatValidationProblem);
};

describe('checkClusterAgainstCatalogue', () => {
  it('accepts the example cluster (zones count as locations)', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('reports an unknown provider and every location it would have checked', () => {
    expect(
      check(c => {
        c.spec.provider = 'cloudprovider:default/acme-cloud';
      }),
    ).toEqual([
      'spec.provider: provider "cloudprovider:default/acme-cloud" is not in the provider catalogue',
    ]);
  });

  it('reports a location not offered by the cluster provider', () => {
    expect(
      check(c => {
        c.spec.locations = ['de/fra', 'de/muc'];
      }),
    ).toEqual([
      'spec.locations[1]: location "de/muc" is not offered by provider ionos (offered: de/fra, de/fra/2, de/fkb, de/txl, es/vit, fr/par, gb/lhr, gb/bhx, us/las, us/ewr, us/mci)',
    ]);
  });

  it('reports a pool location not offered by its own provider', () => {
    expect(
      check(c => {
        c.spec.nodePools[1].location = 'de/fra';
      }),
    ).toEqual([
      'spec.nodePools[1].location: location "de/fra" is not offered by provider scaleway (offered: fr-par, nl-ams, pl-waw)',
    ]);
  });

  it('reports unknown providers of pools and control-plane placements, not of exclusions', () => {
    expect(
      check(c => {
        c.spec.nodePools[1].provider = 'edge-site';
        c.spec.controlPlane.placements[1].provider = 'edge-site';
        c.spec.policy.excludedProviders = ['aws', 'oracle'];
      }),
    ).toEqual([
      'spec.controlPlane.placements[1].provider: provider "edge-site" is not in the provider catalogue',
      'spec.nodePools[1].provider: provider "edge-site" is not in the provider catalogue',
    ]);
  });

  it('lists at most twelve offered locations', () => {
    expect(
      check(c => {
        c.spec.nodePools[1].provider = 'azure';
        c.spec.controlPlane.placements[1].provider = 'azure';
        c.spec.controlPlane.placements[1].location = 'westeurope';
      }),
    ).toEqual([
      'spec.nodePools[1].location: location "fr-par-1" is not offered by provider azure (offered: germanywestcentral, germanynorth, westeurope, northeurope, francecentral, swedencentral, polandcentral, italynorth, spaincentral, norwayeast, austriaeast, belgiumcentral, … (14 in all))',
    ]);
  });

  it('uses an overridden catalogue', () => {
    const own = createProviderCatalogue([
      ...defaultCloudProviders(),
      {
        ...defaultCloudProviders().find(p => p.metadata.name === 'ionos')!,
        spec: {
          ...defaultCloudProviders().find(p => p.metadata.name === 'ionos')!
            .spec,
          locations: [],
        },
      },
    ]);
    expect(
      checkClusterAgainstCatalogue(exampleSovereignCluster, own).map(
        formatValidationProblem,
      ),
    ).toEqual([
      'spec.locations[0]: location "de/fra" is not offered by provider ionos (offered: none)',
    ]);
  });

  it('accepts a plain list of providers too', () => {
    const scalewayOnly = defaultCloudProviders().filter(
      p => p.metadata.name === 'scaleway',
    );
    expect(
      checkClusterAgainstCatalogue(exampleSovereignCluster, scalewayOnly).map(
        formatValidationProblem,
      ),
    ).toEqual([
      'spec.provider: provider "ionos" is not in the provider catalogue',
    ]);
  });

  it('does not throw for input that bypassed validation', () => {
    expect(
      checkClusterAgainstCatalogue(
        { spec: {} } as unknown as SovereignClusterEntity,
        catalogue,
      ).map(formatValidationProblem),
    ).toEqual([
      '<root>: could not be checked against the provider catalogue (validate it first)',
    ]);
  });
});
