import { z } from "zod";

/**
 * Control characters (other than tab and line breaks) have no place in a care plan, and
 * PostgreSQL refuses NUL in text and JSON: refuse them with a message instead of a 500.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

export function controlCharacterMessage(label: string): string {
  return `${label} must not contain hidden control characters: retype it rather than pasting it`;
}

/** Trimmed text with a length limit and no control characters. */
export function plainText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine((v) => !hasControlCharacters(v), controlCharacterMessage(label));
}
