export { LegacyExitDrillPage } from './LegacyExitDrillPage';
