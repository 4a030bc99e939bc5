import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Caller } from "../actor";
import { getPatient, searchPatients } from "../patients";
import { openDraft } from "../plans/drafts";
import { getPlanHistory } from "../plans/versions";
import { requestChange } from "../plans/request-change";
import { listOwnChangeRequests } from "../plans/change-requests";
import { getAccessLog } from "../views/access-log";
import { openPlanStream } from "../views/live-stream";
import { getPlanView } from "../views/plan-view";
import { listActingFor } from "./acting-for";
import { endProxyLink } from "./end-link";
import { listProxyLinks } from "./links";
import { nominateCarer, recordProxyLink } from "./record-link";
import { newCaller, newOrganisation, newPatient, publishFirstVersion, resultCode } from "@/test/fixtures";
import { readStream } from "@/test/live-stream";

/** A caller as the app makes one for each request: the actor loaded fresh (with whom they act for now). */
async function fresh(userId: string, extra: Omit<Caller, "actor"> = {}): Promise<Caller> {
  return { actor: await loadActor(userId, extra.session ?? {}), ip: "127.0.0.1", ...extra };
}

/** A patient of a new practice with a published plan, its GP, and a proxy account with an LPA recorded by that GP. */
async function personWithProxy() {
  const practice = await newOrganisation("GP_PRACTICE", "Proxy Practice");
  const patient = await newPatient({ givenName: "Ada", familyName: "Proxied", registeredPracticeId: practice.id });
  const gp = await newCaller("GP", practice.id);
  const { planId } = await publishFirstVersion(gp, patient.id);
  const proxyUser = (await newCaller("PROXY")).actor!;
  const link = await recordProxyLink(gp, {
    patientId: patient.id,
    email: proxyUser.email.toUpperCase(),
    basis: "LASTING_POWER_OF_ATTORNEY",
    relationship: "Son",
    evidence: "OPG reference 7000-1234-5678",
  });
  return { practice, patient, gp, planId, proxyUser, link };
}

const lastRow = (userId: string, action: string) => db().auditEvent.findFirst({ where: { actorId: userId, action }, orderBy: { id: "desc" } });

const aborters: AbortController[] = [];
afterEach(() => {
  for (const a of aborters.splice(0)) a.abort();
});

describe("proxy access (P4 item 5)", () => {
  it("a proxy reads the plan as the person does, asks for a change and sees who has looked, their own reads named", async () => {
    const { patient, proxyUser } = await personWithProxy();
    const proxy = await fresh(proxyUser.userId);
    expect(proxy.actor!.actsFor).toEqual([patient.id]);
    expect((await listActingFor(proxy, {})).map((l) => l.patient.id)).toEqual([patient.id]);

    const view = await getPlanView(proxy, { patientId: patient.id });
    expect(view.plan?.version).toBe(1);
    expect(view.grants.accessInstructions).toBe(true); // as the person sees it
    expect(await lastRow(proxyUser.userId, "plan.viewed")).toMatchObject({ outcome: "SUCCESS", patientId: patient.id, reason: "Acting for the person" });
    await getPlanHistory(proxy, { patientId: patient.id });

    await requestChange(proxy, { patientId: patient.id, text: "Mum would like the hospice as her preferred place of care" });
    const requests = await listOwnChangeRequests(proxy, { patientId: patient.id });
    expect(requests[0]).toMatchObject({ status: "OPEN", askedBy: proxyUser.name, askedByThePerson: false });

    const log = await getAccessLog(proxy, { patientId: patient.id });
    expect(log.rows[0]).toMatchObject({ role: "PROXY", organisation: `${proxyUser.name}, acting for them` });
    const me = await newCaller("PATIENT", null, patient.id);
    const mine = await getAccessLog(me, { patientId: patient.id });
    expect(mine.rows.find((r) => r.role === "PROXY")).toMatchObject({ organisation: `${proxyUser.name}, acting for you`, reason: "Acting for the person" });
  });

  it("a proxy never edits, searches, manages proxies or reaches anyone else: someone else's record is not found", async () => {
    const { patient, proxyUser } = await personWithProxy();
    const other = await newPatient({ givenName: "Someone", familyName: "Else" });
    const proxy = await fresh(proxyUser.userId);
    expect(await resultCode(getPlanView(proxy, { patientId: other.id }))).toBe("NOT_FOUND");
    expect(await lastRow(proxyUser.userId, "plan.viewed")).toMatchObject({ outcome: "DENIED", patientId: other.id });
    expect(await resultCode(getPatient(proxy, { patientId: other.id }))).toBe("NOT_FOUND");
    expect(await resultCode(requestChange(proxy, { patientId: other.id, text: "x" }))).toBe("NOT_FOUND");
    expect(await resultCode(openDraft(proxy, { patientId: patient.id }))).toBe("FORBIDDEN");
    expect(await resultCode(searchPatients(proxy, { by: "nhs-number", nhsNumber: patient.nhsNumber }))).toBe("FORBIDDEN");
    expect(await resultCode(listProxyLinks(proxy, { patientId: patient.id }))).toBe("FORBIDDEN");
  });

  it("an ended link counts at the proxy's very next request: not found, and the refusal audited", async () => {
    const { patient, gp, proxyUser, link } = await personWithProxy();
    // They also act for someone else, so they keep proxy access: the ended one is simply out of scope.
    const sibling = await newPatient({ givenName: "Other", familyName: "Parent" });
    await db().proxyLink.create({
      data: {
        patientId: sibling.id,
        proxyUserId: proxyUser.userId,
        basis: "NOMINATED_CARER",
        relationship: "Son",
        recordedById: gp.actor!.userId,
        recordedByRole: "GP",
      },
    });
    await getPlanView(await fresh(proxyUser.userId), { patientId: patient.id });
    const me = await newCaller("PATIENT", null, patient.id);
    await endProxyLink(me, { patientId: patient.id, linkId: link.id, reason: "I have changed my mind" });
    const next = await fresh(proxyUser.userId);
    expect(next.actor!.actsFor).toEqual([sibling.id]);
    expect(await resultCode(getPlanView(next, { patientId: patient.id }))).toBe("NOT_FOUND");
    expect(await lastRow(proxyUser.userId, "plan.viewed")).toMatchObject({ outcome: "DENIED", patientId: patient.id });
    expect(await resultCode(getAccessLog(next, { patientId: patient.id }))).toBe("NOT_FOUND");
    expect(await resultCode(getAccessLog(next, { patientId: sibling.id }))).toBe("OK");
    expect(await lastRow(me.actor!.userId, "proxy.linkEnded")).toMatchObject({ outcome: "SUCCESS", patientId: patient.id });
    // Ending twice: not found (nothing open), never a second end.
    expect(await resultCode(endProxyLink(gp, { patientId: patient.id, linkId: link.id, reason: "Again" }))).toBe("NOT_FOUND");
    const links = await listProxyLinks(gp, { patientId: patient.id });
    expect(links.open).toEqual([]);
    expect(links.ended[0]).toMatchObject({ endReason: "I have changed my mind", endedBy: "Test PATIENT" });
  });

  it("ending a link closes the proxy's open live view at once (the patient's change event), with access-ended", async () => {
    const { patient, proxyUser, link } = await personWithProxy();
    const aborter = new AbortController();
    aborters.push(aborter);
    const proxy = await fresh(proxyUser.userId, { session: {} });
    const stream = readStream(await openPlanStream(proxy, patient.id, aborter.signal));
    await stream.next("ready");
    await endProxyLink(await newCaller("PATIENT", null, patient.id), { patientId: patient.id, linkId: link.id, reason: "No longer needed" });
    expect(await stream.next("access-ended")).toMatchObject({ message: "You can no longer see this plan" });
    await stream.ended;
    expect(await lastRow(proxyUser.userId, "plan.watched")).toMatchObject({ outcome: "DENIED", patientId: patient.id });
  });

  it("the 30-second re-check closes a proxy's live view too, if the change event was missed", async () => {
    const { patient, proxyUser, link } = await personWithProxy();
    const aborter = new AbortController();
    aborters.push(aborter);
    const proxy = await fresh(proxyUser.userId, { session: {} });
    const stream = readStream(await openPlanStream(proxy, patient.id, aborter.signal, { heartbeatMs: 50, sessionCheckEvery: 2 }));
    await stream.next("heartbeat");
    // Ended without the event (as if this instance missed it).
    await db().proxyLink.update({ where: { id: link.id }, data: { endedAt: new Date(), endReason: "Test" } });
    await stream.next("access-ended");
    await stream.ended;
  });

  it("the person nominates a carer (no evidence, at once), sees them listed, and ends it", async () => {
    const patient = await newPatient({ givenName: "Nominating", familyName: "Person" });
    const me = await newCaller("PATIENT", null, patient.id);
    const carer = (await newCaller("PATIENT")).actor!; // an NHS login account of their own, with no record here
    expect(await resultCode(nominateCarer(me, { patientId: patient.id, email: "nobody-here@example.org", relationship: "Friend" }))).toBe("INVALID");
    const gpElsewhere = (await newCaller("GP", (await newOrganisation("GP_PRACTICE")).id)).actor!;
    const staff = await nominateCarer(me, { patientId: patient.id, email: gpElsewhere.email, relationship: "Friend" }).catch((e) => e);
    expect(staff.fieldErrors.email).toMatch(/staff account/);
    const own = await nominateCarer(me, { patientId: patient.id, email: me.actor!.email, relationship: "Me" }).catch((e) => e);
    expect(own.fieldErrors.email).toMatch(/own account/);

    const link = await nominateCarer(me, { patientId: patient.id, email: carer.email, relationship: "Neighbour" });
    const again = await nominateCarer(me, { patientId: patient.id, email: carer.email, relationship: "Neighbour" }).catch((e) => e);
    expect(again.fieldErrors.email).toMatch(/already act/);
    const links = await listProxyLinks(me, { patientId: patient.id });
    expect(links.open).toMatchObject([{ id: link.id, basis: "NOMINATED_CARER", evidence: null, nominatedByPatient: true, relationship: "Neighbour" }]);
    expect(await lastRow(me.actor!.userId, "proxy.linkRecorded")).toMatchObject({ outcome: "SUCCESS", patientId: patient.id, reason: "Viewing own plan" });

    expect(await resultCode(getPlanView(await fresh(carer.userId), { patientId: patient.id }))).toBe("OK");
    // A proxy may not nominate others for the person, nor end links: managing them is the person's and their authors'.
    expect(await resultCode(nominateCarer(await fresh(carer.userId), { patientId: patient.id, email: me.actor!.email, relationship: "x" }))).toBe("FORBIDDEN");
    expect(await resultCode(endProxyLink(await fresh(carer.userId), { patientId: patient.id, linkId: link.id, reason: "x" }))).toBe("FORBIDDEN");

    await endProxyLink(me, { patientId: patient.id, linkId: link.id, reason: "Moved away" });
    // Acting for nobody now (and no record of their own): refused outright, which every page answers as "page not found".
    expect(await resultCode(getPlanView(await fresh(carer.userId), { patientId: patient.id }))).toBe("FORBIDDEN");
    expect(await lastRow(carer.userId, "plan.viewed")).toMatchObject({ outcome: "DENIED", patientId: patient.id });
  });

  it("an author outside the care team records a link only with a reason (break glass); evidence is needed for an LPA or a parent", async () => {
    const { patient } = await personWithProxy();
    const elsewhere = await newOrganisation("COMMUNITY", "Elsewhere Team");
    const outsider = await newCaller("NURSE", elsewhere.id);
    const carer = (await newCaller("PROXY")).actor!;
    const input = { patientId: patient.id, email: carer.email, basis: "PARENT" as const, relationship: "Mother", evidence: "Birth certificate" };
    expect(await resultCode(recordProxyLink(outsider, input))).toBe("REASON_REQUIRED");
    expect(await lastRow(outsider.actor!.userId, "proxy.linkRecorded")).toMatchObject({ outcome: "DENIED", patientId: patient.id });
    const noEvidence = await recordProxyLink({ ...outsider, accessReason: "Community visit" }, { ...input, evidence: "" }).catch((e) => e);
    expect(noEvidence.fieldErrors.evidence).toMatch(/evidence/);
    await recordProxyLink({ ...outsider, accessReason: "Community visit" }, input);
    expect(await lastRow(outsider.actor!.userId, "proxy.linkRecorded")).toMatchObject({
      outcome: "SUCCESS",
      detail: expect.objectContaining({ breakGlass: true, accessReason: "Community visit", basis: "PARENT" }),
    });
    expect(await resultCode(recordProxyLink(await newCaller("PARAMEDIC"), input))).toBe("FORBIDDEN");
  });

  it("NHS login proxies need a P9 session, as for their own record", async () => {
    const { patient } = await personWithProxy();
    const user = await db().user.create({
      data: { email: `nhs-proxy-${patient.id}@example.org`, name: "NHS Proxy", role: "PATIENT", identityProvider: "nhs-login" },
    });
    await db().proxyLink.create({
      data: {
        patientId: patient.id,
        proxyUserId: user.id,
        basis: "NOMINATED_CARER",
        relationship: "Daughter",
        recordedById: user.id,
        recordedByRole: "PATIENT",
      },
    });
    expect((await loadActor(user.id, { proofingLevel: "P5" }))!.actsFor).toEqual([]);
    expect(await resultCode(getPlanView(await fresh(user.id, { session: { proofingLevel: "P5" } }), { patientId: patient.id }))).toBe("FORBIDDEN");
    expect((await loadActor(user.id, { proofingLevel: "P9" }))!.actsFor).toEqual([patient.id]);
    expect(await resultCode(getPlanView(await fresh(user.id, { session: { proofingLevel: "P9" } }), { patientId: patient.id }))).toBe("OK");
  });
});
