import { KubernetesObject } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { at, numberAt, stringAt } from '../../util/json';

/** Topology variable names that hold a machine type (CAPH `hcloudWorkerMachineType`, SCS `workerFlavor`, ...). */
const MACHINE_TYPE_VARIABLE =
  /(machine.?type|flavou?r|instance.?type|commercial.?type|node.?type|server.?type)$/i;

/** A machine type from topology variables; `role` prefers e.g. `worker…` over `controlPlane…` names. */
export function machineTypeFromVariables(
  variables: unknown[],
  role: 'worker' | 'controlPlane',
): string | undefined {
  const candidates = variables
    .map(v => ({ name: stringAt(v, 'name') ?? '', value: at(v, 'value') }))
    .filter(
      v =>
        MACHINE_TYPE_VARIABLE.test(v.name) &&
        typeof v.value === 'string' &&
        v.value,
    );
  const isControlPlane = (name: string) => /control.?plane/i.test(name);
  const preferred = candidates.find(
    v => (role === 'controlPlane') === isControlPlane(v.name),
  );
  const value = (
    role === 'controlPlane' ? preferred : preferred ?? candidates[0]
  )?.value;
  return value as string | undefined;
}

/** The machine fields of a machine template (`spec.template.spec`) or a machine pool object (`spec`). */
const machineSpecOf = (object: KubernetesObject) =>
  at(object.spec, 'template', 'spec') ?? object.spec;

/**
 * The machine type a machine template or managed machine pool describes
 * (provisioning reference §2): CAPH `type`, CAPS `commercialType` (managed
 * pools `nodeType`), CAPO `flavor` (string in v1beta1, `{filter: {name}}` or
 * `{id}` in v1beta2), CAPA `instanceType`, CAPIC cores and memory, Metal3 bare metal.
 */
export function machineTypeOf(template: KubernetesObject): string | undefined {
  const spec = machineSpecOf(template);
  switch (template.kind) {
    case 'IonosCloudMachineTemplate': {
      const cores = numberAt(spec, 'numCores');
      const memory = numberAt(spec, 'memoryMB');
      if (cores === undefined && memory === undefined) return undefined;
      return `${stringAt(spec, 'type') ?? 'VCPU'} ${cores ?? '?'} cores ${
        memory ?? '?'
      } MB`;
    }
    case 'Metal3MachineTemplate':
      return 'bare-metal';
    default:
      return (
        stringAt(spec, 'type') ??
        stringAt(spec, 'commercialType') ??
        stringAt(spec, 'instanceType') ??
        stringAt(spec, 'nodeType') ??
        stringAt(spec, 'machineType') ??
        stringAt(spec, 'flavor') ??
        stringAt(spec, 'flavor', 'filter', 'name') ??
        stringAt(spec, 'flavor', 'id') ??
        stringAt(spec, 'flavorID')
      );
  }
}

/** The zone a managed machine pool object pins its machines to (CAPS `zone`, others `availabilityZone`). */
export function zoneOf(object: KubernetesObject): string | undefined {
  const spec = machineSpecOf(object);
  return stringAt(spec, 'zone') ?? stringAt(spec, 'availabilityZone');
}
