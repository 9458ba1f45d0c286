export {
  SovereignPosturePreview,
  type PosturePreviewValue,
} from './SovereignPosturePreview';
export { validatePosturePreview } from './validation';
