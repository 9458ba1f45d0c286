export { ProviderConcentrationChart } from './ProviderConcentrationChart';
