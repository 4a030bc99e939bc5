"use server";

import { runAction } from "@/lib/server/action";
import { addPatient } from "@/lib/server/patients";

export async function addPatientAction(values: unknown) {
  return runAction((caller) => addPatient(caller, values));
}
