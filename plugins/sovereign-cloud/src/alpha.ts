import { sovereignCloudPlugin } from './alpha/plugin';

export { sovereignCloudKubernetesModule } from './kubernetes/kubernetesModule';
export { sovereignCloudPlugin };

/**
 * The sovereign-cloud frontend plugin (new frontend system).
 * @alpha
 */
export default sovereignCloudPlugin;
