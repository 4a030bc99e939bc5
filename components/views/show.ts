import { displayValue } from "@/lib/domain/plan";

/** Plain English for one field of a plan, or null when it was not answered. */
export function show(path: string, value: unknown): string | null {
  return value === undefined ? null : displayValue(path, value);
}
