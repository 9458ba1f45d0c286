export { NetworkCard } from './NetworkCard';
