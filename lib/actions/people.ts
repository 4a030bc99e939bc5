"use server";

import { headers } from "next/headers";
import type { z } from "zod";
import type { ActionResult, FormValues } from "@/lib/action-result";
import type { ChangeRoleInput, NewUserInput, SetPasswordInput, userIdInput } from "@/lib/domain/user-accounts";
import type { userImportInput } from "@/lib/domain/user-import";
import { runAction } from "@/lib/server/action";
import { setPasswordWithLink } from "@/lib/server/auth/password-reset";
import { answerForAction } from "@/lib/server/error-mapping";
import { changeUserRole } from "@/lib/server/people/change-role";
import { createUser } from "@/lib/server/people/create-user";
import { checkUserImport, importUsers, type ImportCheck } from "@/lib/server/people/import-users";
import { issuePasswordReset, type IssuedResetLink } from "@/lib/server/people/issue-password-reset";
import { requestInfo } from "@/lib/server/request-info";
import { deactivateUser, reactivateUser } from "@/lib/server/users";

// Server actions of the people pages: each calls one use case with what the form sent.

type UserId = FormValues<z.input<typeof userIdInput>>;
type ImportFile = FormValues<z.input<typeof userImportInput>>;

export async function createUserAction(input: FormValues<NewUserInput>): Promise<ActionResult<{ id: string }>> {
  return runAction(async (caller) => ({ id: (await createUser.fromUntrusted(caller, input)).id }));
}

export async function changeUserRoleAction(input: FormValues<ChangeRoleInput>): Promise<ActionResult<{ userId: string }>> {
  return runAction(async (caller) => ({ userId: (await changeUserRole.fromUntrusted(caller, input)).userId }));
}

export async function deactivateUserAction(input: UserId): Promise<ActionResult<{ userId: string }>> {
  return runAction((caller) => deactivateUser.fromUntrusted(caller, input));
}

export async function reactivateUserAction(input: UserId): Promise<ActionResult<{ userId: string }>> {
  return runAction((caller) => reactivateUser.fromUntrusted(caller, input));
}

export async function issuePasswordResetAction(input: UserId): Promise<ActionResult<IssuedResetLink>> {
  return runAction((caller) => issuePasswordReset.fromUntrusted(caller, input));
}

export async function checkUserImportAction(input: ImportFile): Promise<ActionResult<ImportCheck>> {
  return runAction((caller) => checkUserImport.fromUntrusted(caller, input));
}

export async function importUsersAction(input: ImportFile): Promise<ActionResult<{ imported: number; unchanged: number }>> {
  return runAction((caller) => importUsers.fromUntrusted(caller, input));
}

/** The one-time link's form: nobody is signed in; the link is the proof (lib/server/auth/password-reset.ts). */
export async function setPasswordAction(input: FormValues<SetPasswordInput>): Promise<ActionResult<{ email: string }>> {
  try {
    return { ok: true, result: await setPasswordWithLink(input, requestInfo(await headers())) };
  } catch (e) {
    return answerForAction(e);
  }
}
