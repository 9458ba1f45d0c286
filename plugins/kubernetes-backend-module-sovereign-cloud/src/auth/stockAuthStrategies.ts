import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AksStrategy,
  AnonymousStrategy,
  AwsIamStrategy,
  AzureIdentityStrategy,
  GoogleServiceAccountStrategy,
  GoogleStrategy,
  OidcStrategy,
  ServiceAccountStrategy,
} from '@backstage/plugin-kubernetes-backend';
import { AuthenticationStrategy } from '@backstage/plugin-kubernetes-node';

/**
 * The auth strategies `@backstage/plugin-kubernetes-backend` 0.21 uses by
 * default. Needed because the plugin drops its whole default map as soon as
 * any module calls `addAuthStrategy` (see its `KubernetesInitializer`), which
 * would break every `oidc`, `serviceAccount`, `aws`... cluster from config.
 * Keep in step with the plugin's `buildDefaultAuthStrategyMap`.
 */
export function stockAuthStrategies(options: {
  config: Config;
  logger: LoggerService;
}): Array<[string, AuthenticationStrategy]> {
  const { config, logger } = options;
  return [
    ['aks', new AksStrategy()],
    ['aws', new AwsIamStrategy({ config })],
    ['azure', new AzureIdentityStrategy(logger)],
    ['google', new GoogleStrategy()],
    ['googleServiceAccount', new GoogleServiceAccountStrategy({ config })],
    ['localKubectlProxy', new AnonymousStrategy()],
    ['oidc', new OidcStrategy()],
    ['serviceAccount', new ServiceAccountStrategy()],
  ];
}
