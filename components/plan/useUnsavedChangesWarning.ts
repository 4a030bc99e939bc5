"use client";

import { useEffect, useRef } from "react";

const UNSAVED_MESSAGE = "You have answers that are not saved. Leave this page without saving them?";

/**
 * While `dirty`, leaving the page asks first: the browser's own prompt for reloads and closing the
 * tab, and a confirm for links inside the app (they never reach the browser's prompt).
 * Returns a function that lets the next navigation through (after a successful save).
 */
export function useUnsavedChangesWarning(dirty: boolean): () => void {
  const allowed = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    allowed.current = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (allowed.current || !link || link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm(UNSAVED_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      } else {
        allowed.current = true;
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
  return () => {
    allowed.current = true;
  };
}
