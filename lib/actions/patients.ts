"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { NewPatientFormValues } from "@/lib/domain/patient-details";
import type { RecordDeathInput } from "@/lib/domain/plan/lifecycle-input";
import { runAction } from "@/lib/server/action";
import { addPatient } from "@/lib/server/patients";
import { recordDeath } from "@/lib/server/plans/lifecycle";

/** Adds a patient who is not on the system yet. */
export async function addPatientAction(input: FormValues<NewPatientFormValues>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => addPatient.fromUntrusted(caller, input));
}

export async function recordDeathAction(input: FormValues<RecordDeathInput>): Promise<ActionResult<{ patientId: string }>> {
  return runAction((caller) => recordDeath.fromUntrusted(caller, input));
}
