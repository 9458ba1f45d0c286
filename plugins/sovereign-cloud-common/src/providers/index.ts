import { CloudProviderEntity } from '../entities/CloudProvider';
import { aws } from './aws';
import { awsEuropeanSovereignCloud } from './awsEuropeanSovereignCloud';
import { azure } from './azure';
import { googleCloud } from './googleCloud';
import { hetzner } from './hetzner';
import { ionos } from './ionos';
import { openTelekomCloud } from './openTelekomCloud';
import { ovhcloud } from './ovhcloud';
import { plusserver } from './plusserver';
import { privateDataCentre } from './privateDataCentre';
import { scaleway } from './scaleway';
import { stackit } from './stackit';

export { PROVIDER_CATALOGUE_VERSION } from './build';

const SHIPPED: readonly CloudProviderEntity[] = [
  ionos,
  scaleway,
  ovhcloud,
  plusserver,
  stackit,
  hetzner,
  openTelekomCloud,
  aws,
  awsEuropeanSovereignCloud,
  azure,
  googleCloud,
  privateDataCentre,
];

/**
 * The curated provider catalogue shipped with the suite, as CloudProvider
 * entities: IONOS, Scaleway, OVHcloud, plusserver, STACKIT, Hetzner, Open
 * Telekom Cloud, AWS, AWS European Sovereign Cloud, Microsoft Azure, Google
 * Cloud and a private data centre template. Every fact carries its sources
 * and verification flag. Returns fresh copies, so callers may change them.
 * @public
 */
export function defaultCloudProviders(): CloudProviderEntity[] {
  return JSON.parse(JSON.stringify(SHIPPED));
}
