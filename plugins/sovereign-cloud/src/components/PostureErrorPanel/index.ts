export { PostureErrorPanel } from './PostureErrorPanel';
