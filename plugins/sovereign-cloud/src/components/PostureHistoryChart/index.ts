export { PostureHistoryChart } from './PostureHistoryChart';
