export { ExitDrillPage } from './ExitDrillPage';
