"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldErrors, type FieldValues } from "react-hook-form";
import { saveSectionAction } from "@/lib/actions/plan-authoring";
import { ErrorSummary, type ErrorItem } from "@/components/nhs/ErrorSummary";
import { sections, type SectionKey } from "@/lib/domain/plan";
import { sectionSaveSchema } from "@/lib/domain/plan/form-checks";
import { errorHref, sectionFieldErrors } from "@/lib/domain/plan/form-paths";
import { nextStep, sectionStep } from "@/lib/domain/plan/steps";
import { IdleWarning } from "./IdleWarning";
import { SectionFields } from "./SectionFields";
import { SaveProblem, type Problem } from "./SaveProblem";
import { localCopyKey, useLocalCopy } from "./useLocalCopy";
import { useUnsavedChangesWarning } from "./useUnsavedChangesWarning";

interface SectionFormProps {
  /** Whose unsaved answers these are (the key of the local copy). */
  userId: string;
  patientId: string;
  planId: string;
  section: SectionKey;
  draftRevision: number;
  baseVersion: number;
  initialValues: FieldValues;
  nextHref: string;
  /** The page of a section asked over several pages (lib/domain/plan/steps.ts); null for its first or only page. */
  step: string | null;
  idleSeconds: number;
}

/** Every message react-hook-form holds, in the order of the form, for the error summary. */
function flatten(section: SectionKey, errors: FieldErrors, prefix = ""): ErrorItem[] {
  const out: ErrorItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const path = key === "root" ? prefix.replace(/\.$/, "") : prefix + key;
    if (typeof value.message === "string" && value.message) out.push({ href: errorHref(section, path), text: value.message });
    else if (typeof value === "object") out.push(...flatten(section, value as FieldErrors, key === "root" ? prefix : `${path}.`));
  }
  return out;
}

export function SectionForm(props: SectionFormProps) {
  const { patientId, planId, section, initialValues } = props;
  const router = useRouter();
  const resolver = useMemo(() => zodResolver(sectionSaveSchema(section) as z.ZodType<FieldValues, FieldValues>), [section]);
  const form = useForm<FieldValues>({ defaultValues: initialValues, resolver, shouldFocusError: false });
  const revision = useRef({ draftRevision: props.draftRevision, loaded: initialValues });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const { restored, forget } = useLocalCopy(localCopyKey(props.userId, planId, section), initialValues, form);
  const allowLeaving = useUnsavedChangesWarning(form.formState.isDirty);
  const planHref = `/patients/${patientId}/plan`;

  const step = sectionStep(section, props.step);
  // "Save and continue" goes to the section's next page when the answers call for it.
  const continueTo = (values: FieldValues) => {
    const follow = nextStep(section, props.step, values);
    return follow ? `${planHref}/${section}?step=${follow.key}` : props.nextHref;
  };

  const save = (next: string | ((values: FieldValues) => string)) =>
    // `values` is the save schema's output, so answers to hidden questions are already emptied
    // (the server empties them again: it never trusts the browser to).
    form.handleSubmit(async (values) => {
      setSaving(true);
      setProblem(null);
      const result = await saveSectionAction({ planId, section, baseVersion: props.baseVersion, ...revision.current, values }).catch(() => null);
      setSaving(false);
      if (!result)
        return setProblem({ kind: "error", message: "The answers could not be sent. Check your connection and try again: nothing you typed has been lost." });
      if (!result.ok) {
        for (const [path, message] of Object.entries(sectionFieldErrors(result.fieldErrors, section))) form.setError(path, { message });
        return setProblem({ kind: result.code === "CONFLICT" ? "conflict" : "error", message: result.message });
      }
      const outcome = result.result;
      if (outcome.status === "published-meanwhile") {
        forget();
        allowLeaving();
        return router.push(`${planHref}/conflict`);
      }
      if (outcome.status === "merged") {
        revision.current = { draftRevision: outcome.draftRevision, loaded: outcome.values as FieldValues };
        form.reset(outcome.values as FieldValues);
        if (outcome.bothChanged.length > 0) return setProblem({ kind: "merged", message: "", fields: outcome.bothChanged });
      }
      forget();
      allowLeaving();
      router.push(typeof next === "string" ? next : next(values));
    })();

  const errorItems = flatten(section, form.formState.errors);
  return (
    <FormProvider {...form}>
      <ErrorSummary errors={errorItems} />
      <IdleWarning idleSeconds={props.idleSeconds} />
      {problem && <SaveProblem problem={problem} section={section} conflictHref={`${planHref}/conflict`} />}
      {restored && (
        <div className="nhsuk-inset-text">
          <p>We put back answers you typed earlier that were not saved. Check them and save.</p>
        </div>
      )}
      <h1>{step?.title ?? sections[section].title}</h1>
      <form noValidate onSubmit={(e) => e.preventDefault()}>
        <SectionFields section={section} only={step?.fields} />
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={saving} onClick={() => save(continueTo)}>
            Save and continue
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={saving} onClick={() => save(planHref)}>
            Save and return to task list
          </button>
        </div>
      </form>
      <p>
        <Link href={planHref}>Back to the task list without saving</Link>
      </p>
    </FormProvider>
  );
}
