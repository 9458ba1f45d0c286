export { SovereigntyPostureCard } from './SovereigntyPostureCard';
