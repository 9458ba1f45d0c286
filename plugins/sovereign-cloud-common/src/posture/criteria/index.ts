import { CriterionDefinition } from '../criterion';
import {
  accessTransparency,
  dataInEu,
  interNodeEncryption,
  keyCustody,
} from './data';
import { energyEfficiency, energySourcing } from './environmental';
import {
  administrationPaths,
  contractLaw,
  extraterritorialExposure,
} from './legal';
import {
  controlPlaneOperators,
  exitReadiness,
  noNonEuSaas,
} from './operational';
import {
  hardeningBaseline,
  patchAutonomy,
  providerCertification,
  securityMonitoring,
} from './security';
import {
  changeOfControlExposure,
  providersControlledInEu,
  survivesProviderWithdrawal,
} from './strategic';
import {
  hardwareProvenance,
  imageSignatureEnforcement,
  registryDependency,
  sbomCoverage,
} from './supplyChain';
import {
  acceleratorDependency,
  openInterfaces,
  openSourceStack,
} from './technology';

/**
 * The 26 criteria of the sovereignty model (§5.3), in catalogue order.
 * @public
 */
export const POSTURE_CRITERIA: readonly CriterionDefinition[] = Object.freeze([
  providersControlledInEu,
  changeOfControlExposure,
  survivesProviderWithdrawal,
  extraterritorialExposure,
  administrationPaths,
  contractLaw,
  dataInEu,
  keyCustody,
  interNodeEncryption,
  accessTransparency,
  exitReadiness,
  controlPlaneOperators,
  noNonEuSaas,
  imageSignatureEnforcement,
  registryDependency,
  sbomCoverage,
  hardwareProvenance,
  openInterfaces,
  openSourceStack,
  acceleratorDependency,
  providerCertification,
  securityMonitoring,
  patchAutonomy,
  hardeningBaseline,
  energyEfficiency,
  energySourcing,
]);
