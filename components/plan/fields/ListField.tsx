"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import { emptyOf, type AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { FieldControl } from "./FieldControl";
import { useFieldError } from "./useFieldError";

/** Repeating items: each item is a fieldset with a "Remove" button; "Add" appends an empty one. */
export function ListField({ field, path }: { field: AnyField; path: string }) {
  const { control } = useFormContext();
  const { fields: items, append, remove } = useFieldArray({ control, name: path });
  const error = useFieldError(path);
  const id = fieldId(path);
  const itemFields = field.item ?? {};
  const itemLabel = field.itemLabel ?? field.label;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <h2 className="nhsuk-heading-s" id={`${id}-heading`}>
        {field.label}
      </h2>
      {field.hint && <div className="nhsuk-hint">{field.hint}</div>}
      <ErrorMessage id={`${id}-error`} message={error} />
      {items.length === 0 && <p className="nhsuk-body-s">None added.</p>}
      {items.map((item, index) => (
        <fieldset className="nhsuk-fieldset ucp-list-item" key={item.id}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            {itemLabel} {index + 1}
          </legend>
          {Object.entries(itemFields).map(([key, child]) => (
            <FieldControl key={key} field={child} path={`${path}.${index}.${key}`} />
          ))}
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => remove(index)}>
            Remove<span className="nhsuk-u-visually-hidden"> {`${itemLabel.toLowerCase()} ${index + 1}`}</span>
          </button>
        </fieldset>
      ))}
      <button type="button" id={id} className="nhsuk-button nhsuk-button--secondary" onClick={() => append(emptyOf(itemFields))}>
        {items.length === 0 ? "Add" : "Add another"} {itemLabel.toLowerCase()}
      </button>
    </div>
  );
}
