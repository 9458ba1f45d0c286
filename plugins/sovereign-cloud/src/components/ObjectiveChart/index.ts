export { ObjectiveChart } from './ObjectiveChart';
