import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runApiClientCli } from "@/scripts/lib/api-client-cli";
import { AppError } from "../errors";
import { createApiClient, listApiClients, revokeApiClient } from "./manage";
import { hashToken } from "./token";
import { newCaller } from "@/test/fixtures";

let ods: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runApiClientCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(async () => {
  ods = `C${randomUUID().slice(0, 6).toUpperCase()}`;
  await db().organisation.create({
    data: { odsCode: ods, name: "Client Test Ambulance", kind: "AMBULANCE_SERVICE", sharingAgreementSignedOn: new Date("2026-01-05") },
  });
});

describe("API clients from the admin page", () => {
  it("an admin registers a client: the token is returned once and only its hash is kept", async () => {
    const admin = await newCaller("ADMIN");
    const created = await createApiClient(admin, { name: "  ePCR  ", role: "PARAMEDIC", odsCode: ods.toLowerCase() });
    expect(created).toMatchObject({ name: "ePCR", role: "PARAMEDIC", odsCode: ods });
    const row = await db().apiClient.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ tokenHash: hashToken(created.token), createdById: admin.actor!.userId, revokedAt: null });
    const listed = await listApiClients(admin, {});
    expect(listed.find((c) => c.id === created.id)).toMatchObject({ odsCode: ods, tokenPrefix: created.token.slice(0, 10) });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await revokeApiClient(admin, { id: created.id });
    expect((await db().apiClient.findUniqueOrThrow({ where: { id: created.id } })).revokedById).toBe(admin.actor!.userId);
    const audit = await db().auditEvent.findMany({
      where: { actorId: admin.actor!.userId, action: { in: ["apiClient.created", "apiClient.revoked"] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["apiClient.created", "apiClient.revoked"]);
  });

  it("refuses anyone but an admin, and says what is wrong with bad input", async () => {
    for (const role of ["GP", "PARAMEDIC", "PATIENT"] as const) {
      await expect(createApiClient(await newCaller(role), { name: "x", role: "GP", odsCode: ods })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const admin = await newCaller("ADMIN");
    const err = await createApiClient.fromUntrusted(admin, { name: "", role: "PATIENT", odsCode: "ZZZ999" }).catch((e: AppError) => e);
    expect(err).toMatchObject({ code: "INVALID" });
    expect(Object.keys((err as AppError).fieldErrors).sort()).toEqual(["name", "role"]);
    await expect(createApiClient(admin, { name: "Nowhere", role: "GP", odsCode: "ZZZ999" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { odsCode: "No organisation has the ODS code ZZZ999" },
    });
  });
});

describe("npm run api-client", () => {
  it("create prints the id and token as JSON on its last line; list shows it; revoke revokes it", async () => {
    const created = await cli("create", "--name", "111 system", "--role", "CALL_HANDLER_111", "--org", ods);
    expect(created.code).toBe(0);
    const last = JSON.parse(created.out.at(-1)!) as { id: string; token: string };
    expect(Object.keys(last)).toEqual(["id", "token"]);
    expect((await db().apiClient.findUniqueOrThrow({ where: { id: last.id } })).tokenHash).toBe(hashToken(last.token));

    const listed = await cli("list");
    const line = listed.out.find((l) => l.startsWith(last.id))!;
    expect(line).toContain("111 system");
    expect(line).toContain("active");
    expect(listed.out.join("\n")).not.toContain(last.token);

    expect((await cli("revoke", "--id", last.id)).code).toBe(0);
    expect((await cli("list")).out.find((l) => l.startsWith(last.id))).toContain("revoked");
    const audit = await db().auditEvent.findMany({
      where: { action: { in: ["apiClient.created", "apiClient.revoked"] }, detail: { path: ["apiClientId"], equals: last.id } },
    });
    expect(audit.map((a) => [a.action, (a.detail as { via?: string }).via])).toEqual([
      ["apiClient.created", "cli"],
      ["apiClient.revoked", "cli"],
    ]);
  });

  it("explains bad input and usage with non-zero exit codes", async () => {
    const bad = await cli("create", "--name", "x", "--role", "ADMIN", "--org", ods);
    expect(bad.code).toBe(1);
    expect(bad.err.join("\n")).toContain("Select the role the client acts as");
    const unknownOrg = await cli("create", "--name", "x", "--role", "GP", "--org", "ZZZ999");
    expect(unknownOrg).toMatchObject({ code: 1, err: ["No organisation has the ODS code ZZZ999"] });
    expect((await cli("revoke", "--id", randomUUID())).code).toBe(1);
    expect((await cli("revoke", "--id", "nope")).err.join()).toContain("Enter the id of the API client");
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("create", "--colour", "red")).code).toBe(2);
  });
});
