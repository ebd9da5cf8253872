/** Fills `{name}` slots; unknown slots are left as they are (a test keeps them from occurring). */
export function fillSlots(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
