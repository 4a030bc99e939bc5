"use client";

import type { ReactNode } from "react";
import type { AnyField } from "@/lib/domain/plan/fields";
import { DateField } from "./DateField";
import { ListField } from "./ListField";
import { OptionsField } from "./OptionsField";
import { TextField } from "./TextField";

/** The input for one field, chosen by its kind; groups nest their fields in a fieldset. */
export function FieldControl({ field, path, followUp }: { field: AnyField; path: string; followUp?: (code: string) => ReactNode | undefined }) {
  switch (field.kind) {
    case "choice":
    case "choices":
      return <OptionsField field={field} path={path} followUp={followUp} />;
    case "date":
      return <DateField field={field} path={path} />;
    case "list":
      return <ListField field={field} path={path} />;
    case "group":
      return (
        <fieldset className="nhsuk-fieldset nhsuk-form-group">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{field.label}</legend>
          {Object.entries(field.children ?? {}).map(([key, child]) => (
            <FieldControl key={key} field={child} path={`${path}.${key}`} />
          ))}
        </fieldset>
      );
    default:
      return <TextField field={field} path={path} />;
  }
}
