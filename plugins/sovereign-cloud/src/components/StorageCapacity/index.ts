export { StorageCapacity } from './StorageCapacity';
