import { isJsonMap, JsonMap, metadataOf } from '../json';
import { FieldError, statusErrors } from '../http/status';
import { ResourceType } from '../store/ResourceType';

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

const subdomainMessage =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const labelMessage =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const dns1035Message =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

function nameErrors(type: ResourceType, name: unknown): FieldError[] {
  if (typeof name !== 'string' || name === '') {
    return [
      {
        type: 'FieldValueRequired',
        field: 'metadata.name',
        detail: 'name or generateName is required',
      },
    ];
  }
  // Namespaces are DNS labels, Services DNS-1035 labels, everything else DNS subdomains.
  let rule: [RegExp, number, string] = [
    dns1123Subdomain,
    253,
    subdomainMessage,
  ];
  if (!type.group && type.plural === 'namespaces') {
    rule = [dns1123Label, 63, labelMessage];
  } else if (!type.group && type.plural === 'services') {
    rule = [dns1035Label, 63, dns1035Message];
  }
  const [pattern, max, message] = rule;
  if (name.length > max || !pattern.test(name)) {
    return [
      {
        type: 'FieldValueInvalid',
        field: 'metadata.name',
        value: name,
        detail: message,
      },
    ];
  }
  return [];
}

function qualifiedNameValid(key: string): boolean {
  const parts = key.split('/');
  if (parts.length > 2) {
    return false;
  }
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (
    prefix !== undefined &&
    (prefix.length > 253 || !dns1123Subdomain.test(prefix))
  ) {
    return false;
  }
  return name.length <= 63 && qualifiedNamePart.test(name);
}

function labelErrors(labels: unknown): FieldError[] {
  if (labels === undefined) {
    return [];
  }
  if (!isJsonMap(labels)) {
    return [
      {
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        value: labels,
        detail: 'must be a map of strings',
      },
    ];
  }
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(labels)) {
    if (!qualifiedNameValid(key)) {
      errors.push({
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        value: key,
        detail:
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      });
    }
    if (
      typeof value !== 'string' ||
      value.length > 63 ||
      (value !== '' && !qualifiedNamePart.test(value))
    ) {
      errors.push({
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        value,
        detail:
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      });
    }
  }
  return errors;
}

function crdErrors(object: JsonMap): FieldError[] {
  const spec = isJsonMap(object.spec) ? object.spec : {};
  const names = isJsonMap(spec.names) ? spec.names : {};
  const expected = `${String(names.plural ?? '')}.${String(spec.group ?? '')}`;
  const name = metadataOf(object).name;
  if (name !== expected) {
    return [
      {
        type: 'FieldValueInvalid',
        field: 'metadata.name',
        value: name,
        detail: 'must be spec.names.plural+"."+spec.group',
      },
    ];
  }
  return [];
}

/**
 * Validates what the API server validates for every kind (422 Invalid): the name, the
 * labels, the `kind` of a custom resource, and the name of a CRD.
 */
export function validateObject(type: ResourceType, object: JsonMap): void {
  const metadata = metadataOf(object);
  const errors = [
    ...nameErrors(type, metadata.name),
    ...labelErrors(metadata.labels),
  ];
  if (type.custom && object.kind !== type.kind) {
    errors.push({
      type: 'FieldValueInvalid',
      field: 'kind',
      value: object.kind,
      detail: `must be ${type.kind}`,
    });
  }
  if (
    type.group === 'apiextensions.k8s.io' &&
    type.plural === 'customresourcedefinitions' &&
    errors.length === 0
  ) {
    errors.push(...crdErrors(object));
  }
  if (errors.length > 0) {
    throw statusErrors.invalid(
      type.group,
      type.kind,
      String(metadata.name ?? ''),
      errors,
    );
  }
}

/**
 * Checks a request body against the URL, as the REST handlers do before validation: the
 * group version (400), the kind of a built-in (400), the namespace and the name (400).
 */
export function checkBodyMatchesRequest(
  type: ResourceType,
  body: JsonMap,
  request: { namespace?: string; name?: string; apply?: boolean },
): void {
  const expected = type.group ? `${type.group}/${type.version}` : type.version;
  if (body.apiVersion === undefined && !request.apply) {
    body.apiVersion = expected;
  }
  if (body.kind === undefined && !request.apply) {
    body.kind = type.kind;
  }
  if (body.apiVersion !== expected) {
    throw statusErrors.badRequest(
      request.apply
        ? `Incorrect version specified in apply patch. Specified patch version: ${String(
            body.apiVersion ?? '',
          )}, expected: ${expected}`
        : `the API version in the data (${String(
            body.apiVersion,
          )}) does not match the expected API version (${expected})`,
    );
  }
  if (!type.custom && body.kind !== type.kind) {
    throw statusErrors.badRequest(
      `${String(body.kind)} in version "${
        type.version
      }" cannot be handled as a ${
        type.kind
      }: the object provided is unrecognized (must be of type ${type.kind})`,
    );
  }
  const metadata = metadataOf(body);
  if (type.namespaced) {
    if (
      metadata.namespace !== undefined &&
      metadata.namespace !== '' &&
      metadata.namespace !== request.namespace
    ) {
      throw statusErrors.badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    metadata.namespace = request.namespace;
  } else {
    delete metadata.namespace;
  }
  if (request.name !== undefined) {
    if (metadata.name === undefined || metadata.name === '') {
      metadata.name = request.name;
    } else if (metadata.name !== request.name) {
      throw statusErrors.badRequest(
        `the name of the object (${String(
          metadata.name,
        )}) does not match the name on the URL (${request.name})`,
      );
    }
  }
}
