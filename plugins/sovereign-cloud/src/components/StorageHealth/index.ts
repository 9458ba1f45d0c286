export { StorageHealth } from './StorageHealth';
