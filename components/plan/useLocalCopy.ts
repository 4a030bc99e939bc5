"use client";

import { useEffect, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { mergeFormValues } from "@/lib/domain/plan/merge";

interface Stored {
  /** The section as the server had it when these answers were typed. */
  loaded: FieldValues;
  values: FieldValues;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const PREFIX = "ucp-unsaved:";

/** One person's copy of one section: never offered to someone else signed in in the same tab. */
export function localCopyKey(userId: string, planId: string, section: string): string {
  return `${PREFIX}${userId}:${planId}:${section}`;
}

/** At sign-out: every unsaved copy in this tab goes, whoever typed it. */
export function clearLocalCopies(): void {
  const storage = window.sessionStorage;
  for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
}

/**
 * Keeps unsaved answers in sessionStorage (this tab only), so a lapsed session or a crash does
 * not lose them. On return they are put back, merged with anything saved on the server since.
 * Returns whether answers were put back, and a function to forget the copy once saved.
 */
export function useLocalCopy(key: string, loaded: FieldValues, form: UseFormReturn<FieldValues>): { restored: boolean; forget: () => void } {
  const [restored, setRestored] = useState(false);
  const { watch, setValue } = form;

  useEffect(() => {
    const raw = window.sessionStorage.getItem(key);
    if (!raw) return;
    try {
      const stored = JSON.parse(raw) as Stored;
      if (same(stored.values, loaded)) return;
      const { merged } = mergeFormValues(stored.loaded, loaded, stored.values);
      for (const [name, value] of Object.entries(merged)) setValue(name, value, { shouldDirty: true });
      // Restoring from storage after the first render is the point of this effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    } catch {
      window.sessionStorage.removeItem(key);
    }
  }, [key, loaded, setValue]);

  useEffect(() => {
    const subscription = watch((values) => {
      window.sessionStorage.setItem(key, JSON.stringify({ loaded, values } satisfies Stored));
    });
    return () => subscription.unsubscribe();
  }, [key, loaded, watch]);

  return { restored, forget: () => window.sessionStorage.removeItem(key) };
}
