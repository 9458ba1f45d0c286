export { CardSection } from './CardSection';
