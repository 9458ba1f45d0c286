export { SealCapStrip } from './SealCapStrip';
