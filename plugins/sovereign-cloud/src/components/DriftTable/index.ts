export { DriftTable } from './DriftTable';
