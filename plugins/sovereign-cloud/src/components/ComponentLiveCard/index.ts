export { ComponentLiveCard } from './ComponentLiveCard';
