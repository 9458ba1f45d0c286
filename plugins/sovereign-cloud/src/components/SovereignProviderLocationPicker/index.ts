export {
  SovereignProviderLocationPicker,
  type ProviderPlacement,
} from './SovereignProviderLocationPicker';
export { validateProviderPlacement } from './validation';
