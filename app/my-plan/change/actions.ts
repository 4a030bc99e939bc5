"use server";

import { runAction } from "@/lib/server/action";
import { requestChange } from "@/lib/server/plans/request-change";

export async function requestChangeAction(text: string) {
  return runAction((caller) => requestChange(caller, { text }));
}
