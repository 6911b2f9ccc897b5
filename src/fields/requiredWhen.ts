// A field required only when a sibling holds some value (an absent member's reason, a
// substitute's name): `admin: { components: requiredWhen('presence', ['absent']) }` shows the
// required asterisk while the condition holds. The rule itself stays in the hooks.
export type RequiredWhen = { sibling: string; in: readonly string[] }

export const requiredWhen = (sibling: string, values: readonly string[]) => ({
  Label: {
    path: '/src/fields/RequiredWhenLabel#RequiredWhenLabel',
    clientProps: { requiredWhen: { sibling, in: values } satisfies RequiredWhen },
  },
})
