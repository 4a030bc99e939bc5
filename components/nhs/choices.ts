/** The answers of a checkboxes question after one box changes: an exclusive box ("None") clears the others, and any other box clears it. */
export function toggleChoice(current: readonly string[], code: string, checked: boolean, exclusive: readonly string[]): string[] {
  if (!checked) return current.filter((c) => c !== code);
  if (exclusive.includes(code)) return [code];
  return [...current.filter((c) => c !== code && !exclusive.includes(c)), code];
}
