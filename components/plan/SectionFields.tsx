"use client";

import { useWatch } from "react-hook-form";
import { sections, type SectionKey } from "@/lib/domain/plan";
import type { AnyField } from "@/lib/domain/plan/fields";
import { isAsked, isAskedInForm, revealedBy } from "@/lib/domain/plan/visibility";
import { FieldControl } from "./fields/FieldControl";

/**
 * The section's questions in order. A conditional question sits just after the question that
 * reveals it, indented, and only while the answer there calls for it.
 */
export function SectionFields({ section }: { section: SectionKey }) {
  const values = useWatch();
  const entries = Object.entries(sections[section].fields as Record<string, AnyField>).filter(([key]) => isAskedInForm(section, key));
  const revealed = (controller: string) => entries.filter(([key]) => revealedBy(section, key) === controller && isAsked(section, key, values));
  return (
    <>
      {entries
        .filter(([key]) => revealedBy(section, key) === null)
        .map(([key, field]) => {
          const shown = revealed(key);
          return (
            <div key={key}>
              <FieldControl field={field} path={key} />
              {shown.length > 0 && (
                <div className="nhsuk-radios__conditional ucp-conditional">
                  {shown.map(([childKey, child]) => (
                    <FieldControl key={childKey} field={child} path={childKey} />
                  ))}
                </div>
              )}
            </div>
          );
        })}
    </>
  );
}
