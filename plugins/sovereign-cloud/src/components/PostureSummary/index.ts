export { PostureSummary } from './PostureSummary';
