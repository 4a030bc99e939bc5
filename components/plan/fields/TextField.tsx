"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { TextInput } from "@/components/nhs/TextInput";
import { Textarea } from "@/components/nhs/Textarea";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { useFieldError } from "./useFieldError";

/**
 * One-line input, textarea (long text, with a character count) or phone number. No maxLength:
 * text over the limit is kept, and the schema's message says what the limit is.
 */
export function TextField({ field, path }: { field: AnyField; path: string }) {
  const { register } = useFormContext();
  const value: unknown = useWatch({ name: path });
  const error = useFieldError(path);
  const id = fieldId(path);
  const common = { id, label: field.label, hint: field.hint, error, ...register(path) };
  if (field.multiline) return <Textarea rows={4} limit={field.maxLength ?? 0} length={typeof value === "string" ? value.length : 0} {...common} />;
  const phone = field.kind === "phone";
  return <TextInput type={phone ? "tel" : "text"} autoComplete="off" widthClass={phone ? "nhsuk-input--width-20" : undefined} {...common} />;
}
