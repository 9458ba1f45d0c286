export { SealChip } from './SealChip';
