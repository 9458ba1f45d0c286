export { registerPlaceCommand } from './command';
export { placeCommand } from './placeCommand';
export type { PlaceOptions } from './placeCommand';
