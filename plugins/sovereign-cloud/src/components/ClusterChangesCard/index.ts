export { ClusterChangesCard } from './ClusterChangesCard';
