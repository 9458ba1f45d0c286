import { textMatching, textWhere } from '../text';

const IPV4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** `10.244.0.0/16` or `fd00::/8` */
export const cidr = textWhere('a CIDR block like 10.244.0.0/16', value => {
  const [address, prefix, ...rest] = value.split('/');
  if (rest.length || prefix === undefined || !/^\d{1,3}$/.test(prefix))
    return false;
  if (IPV4.test(address)) return Number(prefix) <= 32;
  return (
    /^[0-9a-fA-F:]+$/.test(address) &&
    address.includes(':') &&
    Number(prefix) <= 128
  );
});

/** `harbor.example.eu` or `registry.example.eu:5000` */
export const registryHost = textMatching(
  'a registry host like harbor.example.eu',
  /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?\.)*[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?::\d{1,5})?$/,
);
