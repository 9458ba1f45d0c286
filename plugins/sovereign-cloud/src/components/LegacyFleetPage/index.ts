export { LegacyFleetPage } from './LegacyFleetPage';
