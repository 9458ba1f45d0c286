export { SovereignFleetPage } from './SovereignFleetPage';
