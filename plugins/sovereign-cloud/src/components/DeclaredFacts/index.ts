export { DeclaredFacts } from './DeclaredFacts';
