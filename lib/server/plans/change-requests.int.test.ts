import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "../actor";
import { openChangeRequests } from "../views/open-change-requests";
import { answerChangeRequest, getChangeRequest, listOwnChangeRequests } from "./change-requests";
import { requestChange } from "./request-change";
import { newCaller, newOrganisation, newPatient, publishFirstVersion, resultCode } from "@/test/fixtures";

async function personAndGp() {
  const practice = await newOrganisation("GP_PRACTICE", "Answering Practice");
  const patient = await newPatient({ givenName: "Asking", familyName: "Person", registeredPracticeId: practice.id });
  const gp = await newCaller("GP", practice.id);
  await publishFirstVersion(gp, patient.id);
  const me = await newCaller("PATIENT", null, patient.id);
  return { practice, patient, gp, me };
}

describe("change requests answered (P4 item 7)", () => {
  it("a GP declines with a reply: the person sees the status and the reply, and it leaves the GP's open list", async () => {
    const { patient, gp, me } = await personAndGp();
    const { id } = await requestChange(me, { patientId: patient.id, text: "Please remove my daughter as a contact" });
    expect((await openChangeRequests(gp, {})).map((r) => r.id)).toContain(id);
    const opened = await getChangeRequest(gp, { patientId: patient.id, changeRequestId: id });
    expect(opened).toMatchObject({ text: "Please remove my daughter as a contact", status: "OPEN" });

    const noReply = await answerChangeRequest(gp, { patientId: patient.id, changeRequestId: id, outcome: "DECLINED" }).catch((e) => e);
    expect(noReply.code).toBe("INVALID");
    expect(noReply.fieldErrors.response).toMatch(/why/);
    const reply = "We need to talk about this together first: I will call you on Monday.";
    await answerChangeRequest(gp, { patientId: patient.id, changeRequestId: id, outcome: "DECLINED", response: `  ${reply}  ` });

    const mine = await listOwnChangeRequests(me, { patientId: patient.id });
    expect(mine[0]).toMatchObject({ id, status: "DECLINED", response: reply, handledBy: { name: gp.actor!.name, role: "GP" } });
    expect(mine[0].handledAt).toBeInstanceOf(Date);
    expect((await openChangeRequests(gp, {})).map((r) => r.id)).not.toContain(id);
    const row = await db().auditEvent.findFirst({ where: { actorId: gp.actor!.userId, action: "changeRequest.answered" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ outcome: "SUCCESS", patientId: patient.id, detail: expect.objectContaining({ changeRequestId: id, outcome: "DECLINED" }) });
    // Answered once: a second answer is a conflict, never an overwrite.
    expect(await resultCode(answerChangeRequest(gp, { patientId: patient.id, changeRequestId: id, outcome: "DONE" }))).toBe("CONFLICT");
  });

  it("done needs no reply; someone acting for the person sees the answer too", async () => {
    const { patient, gp, me } = await personAndGp();
    const proxyUser = (await newCaller("PROXY")).actor!;
    await db().proxyLink.create({
      data: {
        patientId: patient.id,
        proxyUserId: proxyUser.userId,
        basis: "NOMINATED_CARER",
        relationship: "Son",
        recordedById: me.actor!.userId,
        recordedByRole: "PATIENT",
      },
    });
    const proxy = { actor: await loadActor(proxyUser.userId) };
    const { id } = await requestChange(proxy, { patientId: patient.id, text: "Add my phone number for out-of-hours calls" });
    await answerChangeRequest(gp, { patientId: patient.id, changeRequestId: id, outcome: "DONE" });
    expect((await listOwnChangeRequests(proxy, { patientId: patient.id }))[0]).toMatchObject({ id, status: "DONE", response: null, askedBy: proxyUser.name });
    expect((await listOwnChangeRequests(me, { patientId: patient.id }))[0]).toMatchObject({ id, status: "DONE" });
  });

  it("only authors answer, outside the care team only with a reason, and only requests of that patient", async () => {
    const { patient, gp, me } = await personAndGp();
    const { id } = await requestChange(me, { patientId: patient.id, text: "Change my preferred place of care" });
    const answer = { patientId: patient.id, changeRequestId: id, outcome: "DONE" as const, response: "Done" };
    expect(await resultCode(answerChangeRequest(me, answer))).toBe("FORBIDDEN");
    expect(await resultCode(answerChangeRequest(await newCaller("PARAMEDIC"), answer))).toBe("FORBIDDEN");
    const outsider = await newCaller("NURSE", (await newOrganisation("COMMUNITY")).id);
    expect(await resultCode(answerChangeRequest(outsider, answer))).toBe("REASON_REQUIRED");
    const other = await newPatient();
    expect(await resultCode(answerChangeRequest(gp, { ...answer, patientId: other.id }))).toBe("NOT_FOUND");
    expect(await resultCode(getChangeRequest(gp, { patientId: other.id, changeRequestId: id }))).toBe("NOT_FOUND");
    // Someone else's requests are not found for another patient either.
    const stranger = await newCaller("PATIENT", null, other.id);
    expect(await resultCode(listOwnChangeRequests(stranger, { patientId: patient.id }))).toBe("NOT_FOUND");
    const tooLong = await answerChangeRequest(gp, { ...answer, response: "x".repeat(2001) }).catch((e) => e);
    expect(tooLong.fieldErrors.response).toMatch(/2000 characters/);
  });
});
