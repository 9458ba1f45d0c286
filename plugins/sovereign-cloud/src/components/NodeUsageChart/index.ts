export { NodeUsageChart } from './NodeUsageChart';
