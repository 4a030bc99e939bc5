"use server";

import type { z } from "zod";
import type { ActionResult, FormValues } from "@/lib/action-result";
import type { confirmOrganisationImportInput, organisationImportInput } from "@/lib/domain/organisation-import";
import type { OrganisationFormInput, organisationIdInput, suspendOrganisationInput } from "@/lib/domain/organisations";
import { runAction } from "@/lib/server/action";
import { importOrganisations, previewOrganisationImport, type ImportPreview } from "@/lib/server/organisations/import";
import { addOrganisation, reinstateOrganisation, suspendOrganisation, updateOrganisation } from "@/lib/server/organisations/manage";

// Server actions of the organisation pages (/admin/organisations): each parsed by its use case's schema.

export async function addOrganisationAction(input: FormValues<OrganisationFormInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => addOrganisation.fromUntrusted(caller, input));
}

export async function updateOrganisationAction(input: FormValues<OrganisationFormInput> & { id: string }): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => updateOrganisation.fromUntrusted(caller, input));
}

export async function suspendOrganisationAction(input: FormValues<z.input<typeof suspendOrganisationInput>>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => suspendOrganisation.fromUntrusted(caller, input));
}

export async function reinstateOrganisationAction(input: FormValues<z.input<typeof organisationIdInput>>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => reinstateOrganisation.fromUntrusted(caller, input));
}

export async function previewOrganisationImportAction(input: FormValues<z.input<typeof organisationImportInput>>): Promise<ActionResult<ImportPreview>> {
  return runAction((caller) => previewOrganisationImport.fromUntrusted(caller, input));
}

type ImportCounts = Awaited<ReturnType<typeof importOrganisations>>;

export async function importOrganisationsAction(input: FormValues<z.input<typeof confirmOrganisationImportInput>>): Promise<ActionResult<ImportCounts>> {
  return runAction((caller) => importOrganisations.fromUntrusted(caller, input));
}
