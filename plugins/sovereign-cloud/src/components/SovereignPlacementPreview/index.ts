export { SovereignPlacementPreview } from './SovereignPlacementPreview';
export {
  previewPlacement,
  type PlacementPreviewValue,
} from './placementPreview';
export { validatePlacementPreview } from './validation';
