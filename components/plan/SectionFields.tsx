"use client";

import { useWatch } from "react-hook-form";
import { sections, type SectionKey } from "@/lib/domain/plan";
import type { AnyField } from "@/lib/domain/plan/fields";
import { isShown } from "@/lib/domain/plan/shown-when";
import { isAsked, isAskedInForm, revealedBy } from "@/lib/domain/plan/visibility";
import { FieldControl } from "./fields/FieldControl";

/**
 * The section's questions in order. A conditional question sits right after the option that
 * reveals it (10.x's conditional reveal), only while the answer calls for it; one revealed by
 * several options sits after the first of them that is chosen. `only`: the questions of this page,
 * for a section asked over several pages (lib/domain/plan/steps.ts).
 */
export function SectionFields({ section, only }: { section: SectionKey; only?: readonly string[] }) {
  const values = useWatch();
  const fields = Object.entries(sections[section].fields as Record<string, AnyField>);
  const entries = fields.filter(([key]) => isAskedInForm(section, key) && (!only || only.includes(key)));
  // A question whose revealing answer is asked on another page (a step) is shown here plainly, if it applies.
  const onThisPage = (controller: string | null) => controller !== null && entries.some(([key]) => key === controller);
  const followUp = (controller: string) => {
    const children = entries.filter(([key]) => revealedBy(section, key) === controller);
    if (children.length === 0) return undefined;
    const answer: unknown = values?.[controller];
    const chosen = (Array.isArray(answer) ? answer : [answer]).filter((c): c is string => typeof c === "string");
    const reveals = (child: AnyField, code: string) => isShown(child.shownWhen, { [controller]: code });
    return function FollowUp(code: string) {
      if (!children.some(([, child]) => reveals(child, code))) return undefined;
      const here = children.filter(([key, child]) => isAsked(section, key, values) && chosen.find((c) => reveals(child, c)) === code);
      return (
        <>
          {here.map(([key, child]) => (
            <FieldControl key={key} field={child} path={key} />
          ))}
        </>
      );
    };
  };
  return (
    <>
      {entries
        .filter(([key]) => !onThisPage(revealedBy(section, key)) && isAsked(section, key, values))
        .map(([key, field]) => (
          <FieldControl key={key} field={field} path={key} followUp={followUp(key)} />
        ))}
    </>
  );
}
