export { ProvisioningClient } from './ProvisioningClient';
