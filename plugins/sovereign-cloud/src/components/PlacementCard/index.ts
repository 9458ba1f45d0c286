export { PlacementCard } from './PlacementCard';
