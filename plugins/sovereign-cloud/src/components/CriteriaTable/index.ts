export { CriteriaTable } from './CriteriaTable';
