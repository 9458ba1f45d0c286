export { LiveReportFrame } from './LiveReportFrame';
export type { LiveProblem, LiveReportView } from './LiveReportFrame';
