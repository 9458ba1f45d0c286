export { LoadErrorPanel } from './LoadErrorPanel';
