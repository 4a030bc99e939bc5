import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { addCareTeamMemberInput, endCareTeamMemberInput, membershipState } from "@/lib/domain/care-team";
import { patientIdInput } from "@/lib/domain/inputs";
import { londonDay } from "@/lib/domain/london-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "./errors";
import { patientRecordOrNotFound } from "./patients";
import { defineUseCase } from "./use-case";

type Tx = Prisma.TransactionClient;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const dbDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A person's care team, current, upcoming and past (docs/domain.md "The care team"); whoever may open their record may read it. */
export const getCareTeam = defineUseCase({
  audit: auditActions.careTeamViewed,
  permission: "patient.view",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const patient = await patientRecordOrNotFound(tx, input.patientId);
    const rows = await tx.careTeamMembership.findMany({
      where: { patientId: input.patientId },
      orderBy: [{ since: "asc" }, { addedAt: "asc" }],
      select: {
        id: true,
        role: true,
        since: true,
        until: true,
        endedAt: true,
        addedById: true,
        endedById: true,
        organisation: { select: { name: true, odsCode: true } },
      },
    });
    const people = new Set(rows.flatMap((r) => [r.addedById, r.endedById].filter((id): id is string => !!id)));
    const names = new Map((await tx.user.findMany({ where: { id: { in: [...people] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const today = londonDay();
    const members = rows.map(({ addedById, endedById, ...r }) => {
      const m = { ...r, since: isoDay(r.since), until: r.until ? isoDay(r.until) : null };
      const addedBy = addedById ? (names.get(addedById) ?? null) : null;
      return { ...m, addedBy, endedBy: endedById ? (names.get(endedById) ?? null) : null, state: membershipState(m, today) };
    });
    return { result: { patient, members }, audit: { patientId: patient.id } };
  },
});

export type CareTeam = Awaited<ReturnType<typeof getCareTeam>>;

/** The organisation typed: its exact ODS code, or its full name; otherwise a message that helps find it. */
async function organisationNamed(tx: Tx, text: string): Promise<{ id: string; name: string; odsCode: string }> {
  const select = { id: true, name: true, odsCode: true } as const;
  const byCode = await tx.organisation.findUnique({ where: { odsCode: text.toUpperCase() }, select });
  if (byCode) return byCode;
  const byName = await tx.organisation.findMany({ where: { name: { equals: text, mode: "insensitive" } }, select, take: 2 });
  if (byName.length === 1) return byName[0];
  const problem = (message: string) => new AppError("INVALID", undefined, { organisation: message });
  if (byName.length > 1) throw problem(`More than one organisation is called ${text}: enter its ODS code`);
  const similar = await tx.organisation.findMany({ where: { name: { contains: text, mode: "insensitive" } }, select, orderBy: { name: "asc" }, take: 3 });
  // Never picked from part of a name: the wrong care home would see the person.
  if (similar.length > 0) {
    const names = similar.map((o) => `${o.name} (${o.odsCode})`).join(", ");
    throw problem(`No organisation has exactly that ODS code or name. Did you mean ${names}? Enter its ODS code or full name`);
  }
  throw problem(`No organisation on this service has the ODS code or name ${text}`);
}

/** An author adds an organisation to the person's care team, from a date and optionally until one. */
export const addCareTeamMember = defineUseCase({
  audit: auditActions.careTeamMemberAdded,
  permission: "plan.edit",
  input: addCareTeamMemberInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    const organisation = await organisationNamed(tx, input.organisation);
    const open = await tx.careTeamMembership.findFirst({
      where: { patientId: input.patientId, organisationId: organisation.id, endedAt: null },
      select: { id: true },
    });
    if (open) {
      throw new AppError("INVALID", undefined, {
        organisation: `${organisation.name} is already in the care team: end that membership first to change its dates or role`,
      });
    }
    const member = await tx.careTeamMembership.create({
      data: {
        patientId: input.patientId,
        organisationId: organisation.id,
        role: input.role,
        since: dbDay(input.since),
        until: input.until ? dbDay(input.until) : null,
        addedById: actor.userId,
      },
      select: { id: true },
    });
    return {
      result: member,
      audit: {
        patientId: input.patientId,
        detail: {
          membershipId: member.id,
          organisationId: organisation.id,
          odsCode: organisation.odsCode,
          role: input.role,
          since: input.since,
          until: input.until,
        },
      },
    };
  },
});

/** An author ends an organisation's place in the care team, from now: its staff no longer reach the person as their care team. */
export const endCareTeamMember = defineUseCase({
  audit: auditActions.careTeamMemberEnded,
  permission: "plan.edit",
  input: endCareTeamMemberInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    const ended = await tx.careTeamMembership.updateManyAndReturn({
      where: { id: input.membershipId, patientId: input.patientId, endedAt: null },
      data: { endedAt: new Date(), endedById: actor.userId },
      select: { id: true, organisationId: true, role: true, organisation: { select: { odsCode: true } } },
    });
    if (!ended[0]) throw new AppError("NOT_FOUND");
    const { organisationId, role, organisation } = ended[0];
    return {
      result: { id: input.membershipId },
      audit: { patientId: input.patientId, detail: { membershipId: input.membershipId, organisationId, odsCode: organisation.odsCode, role } },
    };
  },
});
