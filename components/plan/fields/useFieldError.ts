"use client";

import { get, useFormState } from "react-hook-form";

/** The message react-hook-form holds for a path (list-level messages sit on `root`). */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState({ name: path });
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}
