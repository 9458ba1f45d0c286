export { ProvenanceChip } from './ProvenanceChip';
