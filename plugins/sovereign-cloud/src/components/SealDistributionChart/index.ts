export { SealDistributionChart } from './SealDistributionChart';
