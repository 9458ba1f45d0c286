export { EdgeCard } from './EdgeCard';
