export { sovereignCloudKubernetesModule } from './kubernetes/kubernetesModule';
