import { z } from "zod";
import { recordId } from "../inputs";

/** The inputs of the FHIR reads (lib/server/fhir/reads.ts), as the router has checked the request into them. */

/** `Patient?identifier=…`: a normalised NHS number (the router checks its check digit). */
export const fhirPatientSearchInput = z.object({ nhsNumber: z.string().regex(/^\d{10}$/) });

/** `CarePlan/<id>` (current version) or `CarePlan/<id>/_history/<v>`. */
export const fhirCarePlanReadInput = z.object({ planId: recordId, version: z.number().int().min(1).optional() });

/** `Patient/<id>/$everything` or `CarePlan/<id>/$everything`. */
export const fhirEverythingInput = z.union([z.object({ patientId: recordId }), z.object({ planId: recordId })]);
