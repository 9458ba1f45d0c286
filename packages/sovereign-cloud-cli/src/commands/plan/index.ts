export { registerPlanCommand } from './command';
export { planCommand } from './planCommand';
export type { PlanOptions } from './planCommand';
