export { ExitPlanView } from './ExitPlanView';
