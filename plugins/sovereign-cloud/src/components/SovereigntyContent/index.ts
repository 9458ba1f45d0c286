export { SovereigntyContent } from './SovereigntyContent';
