export type { PostureEntityRef, SovereignCloudApi } from './SovereignCloudApi';
export { sovereignCloudApiRef } from './SovereignCloudApi';
export { SovereignCloudClient } from './SovereignCloudClient';
