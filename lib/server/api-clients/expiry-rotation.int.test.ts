import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runApiClientCli } from "@/scripts/lib/api-client-cli";
import type { Caller } from "../actor";
import { fhirGet, setUpFhirFixture, type Fixture } from "@/test/fhir-api";
import { getAccessLog } from "../views/access-log";
import { searchAudit } from "../admin/audit-search";
import { tokenLifetimeDays } from "./lifetime";
import { createApiClient, listApiClients, rotateApiClient } from "./manage";

/** P1: tokens never expired; an admin's clinical client read everything credited only to its name. */
let f: Fixture;
let admin: Caller;

beforeAll(async () => {
  f = await setUpFhirFixture();
  const user = await db().user.create({ data: { email: `admin-${randomUUID()}@example.org`, name: "Alice Admin", role: "ADMIN" } });
  admin = { actor: { userId: user.id, role: "ADMIN", name: user.name, email: user.email, organisationId: null, organisationName: null, patientId: null } };
});

const newClient = (name = `Client ${randomUUID().slice(0, 6)}`) => createApiClient(admin, { name, role: "PARAMEDIC", odsCode: f.practiceOds });

describe("token expiry", () => {
  it("a new token expires after 90 days by default (UCP_API_TOKEN_DAYS), shown in the list", async () => {
    expect(tokenLifetimeDays({})).toBe(90);
    expect(tokenLifetimeDays({ UCP_API_TOKEN_DAYS: "30" })).toBe(30);
    expect(() => tokenLifetimeDays({ UCP_API_TOKEN_DAYS: "soon" })).toThrow(/UCP_API_TOKEN_DAYS/);
    const created = await newClient();
    const days = (created.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect((await listApiClients(admin, {})).find((c) => c.id === created.id)).toMatchObject({ expiresAt: created.expiresAt, createdBy: "Alice Admin" });
  });

  it("an expired token gets 401 and the failure names the reason", async () => {
    const created = await newClient();
    expect((await fhirGet(`/CarePlan/${f.planId}`, created.token)).status).toBe(200);
    await db().apiClient.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const r = await fhirGet(`/CarePlan/${f.planId}`, created.token);
    expect(r.status).toBe(401);
    expect(JSON.stringify(r.body)).toContain("expired");
  });
});

describe("token rotation", () => {
  it("issues a new token once; the old one stops at once, or after the overlap chosen", async () => {
    const created = await newClient();
    const rotated = await rotateApiClient(admin, { id: created.id });
    expect(rotated.token).not.toBe(created.token);
    expect(rotated.previousTokenExpiresAt).toBeNull();
    expect((await fhirGet(`/CarePlan/${f.planId}`, created.token)).status).toBe(401);
    expect((await fhirGet(`/CarePlan/${f.planId}`, rotated.token)).status).toBe(200);

    const again = await rotateApiClient(admin, { id: created.id, overlap: "1h" });
    const hours = (again.previousTokenExpiresAt!.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(0.9);
    expect((await fhirGet(`/CarePlan/${f.planId}`, rotated.token)).status).toBe(200);
    expect((await fhirGet(`/CarePlan/${f.planId}`, again.token)).status).toBe(200);
    // Once the overlap is over, the old token is refused as rotated.
    await db().apiClient.update({ where: { id: created.id }, data: { previousTokenExpiresAt: new Date(Date.now() - 1000) } });
    const old = await fhirGet(`/CarePlan/${f.planId}`, rotated.token);
    expect(old.status).toBe(401);
    expect(JSON.stringify(old.body)).toContain("rotated");
    await expect(rotateApiClient.fromUntrusted(admin, { id: created.id, overlap: "forever" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("works from the command line too", async () => {
    const created = await newClient();
    const out: string[] = [];
    expect(await runApiClientCli(["rotate", "--id", created.id, "--overlap", "none"], { out: (l) => out.push(l), err: () => {} })).toBe(0);
    const { token } = JSON.parse(out.at(-1)!) as { token: string };
    expect((await fhirGet(`/CarePlan/${f.planId}`, token)).status).toBe(200);
    expect((await fhirGet(`/CarePlan/${f.planId}`, created.token)).status).toBe(401);
    const listed: string[] = [];
    await runApiClientCli(["list"], { out: (l) => listed.push(l), err: () => {} });
    expect(listed.find((l) => l.startsWith(created.id))).toMatch(/active, expires \d{4}-/);
  });
});

describe("an administrator's clinical client", () => {
  it("is audited with its creator, listed in the privacy review, and every read names the client and its creator", async () => {
    const name = `Admin-made ${randomUUID().slice(0, 6)}`;
    const created = await newClient(name);
    const review = (await searchAudit(admin, { breakGlassOnly: true })).rows;
    expect(review.find((r) => r.action === "apiClient.created" && r.apiClient?.name === name)).toMatchObject({ actor: { name: "Alice Admin" } });

    expect((await fhirGet(`/CarePlan/${f.planId}`, created.token)).status).toBe(200);
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "plan.viewed", actorId: created.id }, orderBy: { id: "desc" } });
    expect(row.detail).toMatchObject({ apiClient: { id: created.id, name, createdBy: { userId: admin.actor!.userId, name: "Alice Admin", role: "ADMIN" } } });
    // Refusals name them too.
    expect((await fhirGet(`/CarePlan/${f.planId}/_history`, created.token)).status).toBe(403);
    const denied = await db().auditEvent.findFirstOrThrow({ where: { outcome: "DENIED", actorId: created.id }, orderBy: { id: "desc" } });
    expect(denied.detail).toMatchObject({ apiClient: { createdBy: { name: "Alice Admin" } } });

    const patientUser = await db().user.create({
      data: { email: `pt-${randomUUID()}@example.org`, name: "The Patient", role: "PATIENT", patientId: f.patientId },
    });
    const me: Caller = {
      actor: {
        userId: patientUser.id,
        role: "PATIENT",
        name: patientUser.name,
        email: patientUser.email,
        organisationId: null,
        organisationName: null,
        patientId: f.patientId,
      },
    };
    const log = (await getAccessLog(me, { patientId: f.patientId })).rows;
    expect(log.find((e) => e.system?.name === name)).toMatchObject({ role: "PARAMEDIC", system: { createdBy: "Alice Admin" } });
  });
});
