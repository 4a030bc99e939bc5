"use client";

import { useEffect } from "react";
import { clearLocalCopies } from "@/components/plan/useLocalCopy";

/** On the signed-out page: however the session ended, no unsaved answers stay in this tab. */
export function ClearLocalCopies() {
  useEffect(() => clearLocalCopies(), []);
  return null;
}
