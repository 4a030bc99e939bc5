import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { requireConsentRecorder } from "./sharing-rule";

/** What the sharing page shows: the person, whether their plan is shared, and the consent history (no plan content). */
export const getSharingStatus = defineUseCase({
  audit: auditActions.sharingViewed,
  permission: "consent.record",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, grant, input }) {
    const by = await requireConsentRecorder(tx, actor, grant, input.patientId);
    const patient = await tx.patient.findUnique({
      where: { id: input.patientId },
      select: {
        id: true,
        nhsNumber: true,
        givenName: true,
        familyName: true,
        dateOfBirth: true,
        sharingWithdrawnAt: true,
        consents: {
          orderBy: { recordedAt: "desc" },
          take: 20,
          select: { id: true, basis: true, notes: true, recordedAt: true, withdrawnAt: true, recordedBy: { select: { name: true } } },
        },
      },
    });
    if (!patient) throw new AppError("NOT_FOUND");
    return { result: { ...patient, recordedBy: by }, audit: {} };
  },
});

export type SharingStatus = Awaited<ReturnType<typeof getSharingStatus>>;
