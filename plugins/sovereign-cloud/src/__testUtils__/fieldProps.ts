import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/** Props a scaffolder form passes to a custom field, for rendering one alone. */
export function fieldProps<T>(
  props: Partial<FieldExtensionComponentProps<T>> & {
    onChange: (value: T | undefined) => void;
  },
): FieldExtensionComponentProps<T> {
  return {
    name: 'field',
    schema: {},
    uiSchema: {},
    idSchema: { $id: 'root_field' },
    rawErrors: [],
    required: true,
    formContext: { formData: {} },
    ...props,
  } as unknown as FieldExtensionComponentProps<T>;
}
