"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { ErrorItem } from "./ErrorSummary";

const NOT_SENT = "The form could not be sent. Check your connection and try again: nothing you typed has been lost";

interface Options<I, R> {
  /** The action's own input schema (from lib/domain): checked here first, and again on the server. */
  schema: z.ZodType;
  /**
   * The server action; its input is what the form holds (raw strings), parsed by `schema`. A form
   * that posts itself to its action (so it works before scripts load) has none here and uses `check`.
   */
  action?: (input: I) => Promise<ActionResult<R>>;
  /** Each field's name and the id of its first input, in the form's order: the summary's order and its links. */
  fields: Record<string, string>;
  onSuccess?: (result: R) => void;
  /** Messages the server sent back with the page (a form posted without this hook's `submit`). */
  initialErrors?: Record<string, string>;
  /** Links for messages about answers on other pages (a plan's sections), instead of the first field. */
  elsewhere?: (messages: [string, string][]) => ErrorItem[];
}

/** The field a message belongs to: "dateOfDeath.day" is about "dateOfDeath". */
const fieldOf = (key: string) => key.split(".")[0];

/** Messages by field, and the summary's items in the form's order (a message about no field links to the first). */
export function formErrors(
  messages: Record<string, string>,
  fields: Record<string, string>,
  { fallback, elsewhere }: { fallback?: string; elsewhere?: Options<unknown, unknown>["elsewhere"] } = {},
): { errors: Record<string, string>; summary: ErrorItem[] } {
  const errors: Record<string, string> = {};
  const other: [string, string][] = [];
  for (const [key, message] of Object.entries(messages)) {
    const field = fieldOf(key);
    if (Object.hasOwn(fields, field)) errors[field] ??= message;
    else other.push([key, message]);
  }
  const first = Object.values(fields)[0] ?? "";
  const linked = elsewhere ? elsewhere(other.filter(([key]) => key !== "_")) : [];
  const unlinked = elsewhere ? other.filter(([key]) => key === "_") : other;
  if (Object.keys(errors).length === 0 && linked.length === 0 && unlinked.length === 0 && fallback) unlinked.push(["_", fallback]);
  const summary = [
    ...Object.entries(fields).flatMap(([field, id]) => (errors[field] ? [{ href: `#${id}`, text: errors[field] }] : [])),
    ...linked,
    ...[...new Set(unlinked.map(([, text]) => text))].map((text) => ({ href: `#${first}`, text })),
  ];
  return { errors, summary };
}

/**
 * Runs a server action from a form: checks the input with the action's schema first (the same
 * messages as the server's), is busy while the action runs, and maps what the server refuses
 * to the fields it is about. What was typed stays whatever happens; the error summary
 * (components/nhs/ErrorSummary) shows `summary` and takes focus.
 */
export function useActionForm<I, R>({ schema, action, fields, onSuccess, elsewhere, initialErrors = {} }: Options<I, R>) {
  const [state, setState] = useState(() => formErrors(initialErrors, fields, { elsewhere }));
  const [busy, setBusy] = useState(false);

  /** Checks the input with the schema, showing its messages; true when it may be sent. */
  const check = (input: I): boolean => {
    const checked = schema.safeParse(input);
    if (checked.success) return true;
    const messages: Record<string, string> = {};
    for (const issue of checked.error.issues) messages[issue.path.join(".") || "_"] ??= issue.message;
    setState(formErrors(messages, fields, { elsewhere }));
    return false;
  };

  const submit = async (input: I) => {
    if (busy || !check(input) || !action) return;
    setBusy(true);
    const result = await action(input).catch(() => null);
    setBusy(false);
    if (!result) return setState(formErrors({ _: NOT_SENT }, fields));
    if (result.ok) {
      setState({ errors: {}, summary: [] });
      return onSuccess?.(result.result);
    }
    setState(formErrors(result.fieldErrors, fields, { fallback: result.message, elsewhere }));
  };

  /** The form's onSubmit: no browser validation bubbles, the NHS pattern instead. */
  const onSubmit = (input: () => I) => (event: FormEvent) => {
    event.preventDefault();
    void submit(input());
  };

  return { ...state, busy, check, submit, onSubmit };
}
