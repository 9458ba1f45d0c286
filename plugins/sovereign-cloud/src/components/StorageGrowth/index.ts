export { StorageGrowth } from './StorageGrowth';
