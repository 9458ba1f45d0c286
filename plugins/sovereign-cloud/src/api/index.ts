export type {
  LiveReportOptions,
  PostureEntityRef,
  SovereignCloudApi,
} from './SovereignCloudApi';
export { sovereignCloudApiRef } from './SovereignCloudApi';
export { SovereignCloudClient } from './SovereignCloudClient';
