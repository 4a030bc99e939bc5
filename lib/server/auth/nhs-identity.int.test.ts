import { randomBytes } from "node:crypto";
import { custom, generators, Issuer, TokenSet, type Client } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { defaultCis2RoleTable } from "@/lib/domain/identity/cis2-roles";
import { uniqueNhsNumber } from "@/test/nhs-numbers";
import { startOidcProvider, type Fault, type RunningProvider, type TestPerson } from "@/test/oidc-provider/provider";
import { appIdentityEnv, createTestIdentitySetup, testIssuers, type TestIdentitySetup } from "@/test/oidc-provider/setup";
import { loadActor } from "../actor";
import { readIdentityConfig, type IdentityConfig } from "./identity-config";
import { linkCis2Identity, linkNhsLoginIdentity } from "./link-identity";
import { cis2Provider, identityClaims, nhsLoginProvider } from "./nhs-identity-providers";
import { hashPassword } from "./password";
import { openRefusal } from "./refusal-token";

// The real provider configuration (client metadata, NHS login's token request), against the
// test provider's real signed tokens, validated by openid-client as next-auth does.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
const APP = "http://localhost:3999";
const tag = randomBytes(3).toString("hex").toUpperCase();
const ods = { practice: `T${tag}1`, ooh: `T${tag}2` };
const nhs = { linked: await uniqueNhsNumber(), unverified: await uniqueNhsNumber(), taken: await uniqueNhsNumber(), absent: await uniqueNhsNumber() };
const request = { ip: "fd00::1", userAgent: "vitest" };

let provider: RunningProvider;
let setup: TestIdentitySetup;
let config: IdentityConfig;
const sub = (name: string) => `${name}-${tag.toLowerCase()}`;

function cis2(id: string, selected: string, email?: string): TestPerson {
  return {
    id,
    label: id,
    sub: sub(id.replace(/-.*/, "")),
    idToken: { selected_roleid: selected, acr: "AAL3_ANY" },
    userinfo: {
      name: "Dr Test Person",
      ...(email ? { email } : {}),
      nhsid_nrbac_roles: [
        {
          person_roleid: "1",
          org_code: ods.practice,
          role_code: "S8000:G8000:R8000",
          role_name: '"Clinical":"Clinical Provision":"Clinical Practitioner Access Role"',
        },
        {
          person_roleid: "2",
          org_code: ods.ooh,
          role_code: "S8000:G8000:R8000",
          role_name: '"Clinical":"Clinical Provision":"Clinical Practitioner Access Role"',
        },
        { person_roleid: "3", org_code: ods.practice, role_code: "S8000:G8003:R8009", role_name: '"Admin":"Admin":"Receptionist Access Role"' },
      ],
      nhsid_user_orgs: [{ org_code: ods.practice, org_name: "TEST PRACTICE" }],
    },
  };
}

function nhsLogin(id: string, level: string, nhsNumber?: string, birthdate = "1938-07-01"): TestPerson {
  return {
    id,
    label: id,
    sub: sub(id),
    idToken: { vot: `${level}.Cp.Cd`, identity_proofing_level: level },
    userinfo: { identity_proofing_level: level, given_name: "Edna", family_name: "Test", birthdate, ...(nhsNumber ? { nhs_number: nhsNumber } : {}) },
  };
}

const people = {
  cis2: [cis2("doc-practice", "1", "shared@identity.test"), cis2("doc-ooh", "2"), cis2("doc-reception", "3"), cis2("other-person", "1", "taken@identity.test")],
  nhsLogin: [
    nhsLogin("p9", "P9", nhs.linked),
    nhsLogin("p5", "P5", nhs.unverified),
    nhsLogin("p9-absent", "P9", nhs.absent),
    nhsLogin("p9-no-number", "P9"),
    nhsLogin("p9-wrong-birthdate", "P9", nhs.linked, "1990-01-01"),
    nhsLogin("p9-taken", "P9", nhs.taken),
  ],
};

async function client(path: "cis2" | "nhs-login", key?: { jwk: object }) {
  const definition = path === "cis2" ? cis2Provider(config.cis2!) : nhsLoginProvider(config.nhsLogin!);
  const issuer = await Issuer.discover(definition.wellKnown!);
  const c: Client = new issuer.Client(
    { client_id: definition.clientId!, client_secret: definition.clientSecret, redirect_uris: [`${APP}/api/auth/callback/${path}`], ...definition.client },
    key ? { keys: [key.jwk as never] } : (definition.jwks as never),
  );
  c[custom.clock_tolerance] = 10; // as next-auth sets it
  return { c, definition };
}

/** Authorize (auto-approved for `person`), exchange the code, validate, read userinfo: the claims the app links. */
async function signInThrough(path: "cis2" | "nhs-login", person: string, fault?: Fault, key?: { jwk: object }) {
  const { c, definition } = await client(path, key);
  const checks = { code_verifier: generators.codeVerifier(), state: generators.state(), nonce: generators.nonce() };
  const url = c.authorizationUrl({
    ...(definition.authorization as { params: Record<string, string> }).params,
    code_challenge: generators.codeChallenge(checks.code_verifier),
    code_challenge_method: "S256",
    state: checks.state,
    nonce: checks.nonce,
    login_hint: person,
    ...(fault ? { test_fault: fault } : {}),
  });
  const response = await fetch(url, { redirect: "manual" });
  const params = c.callbackParams(response.headers.get("location")!);
  const callbackUrl = `${APP}/api/auth/callback/${path}`;
  const tokens =
    definition.token && typeof definition.token === "object" && definition.token.request
      ? new TokenSet((await definition.token.request({ client: c, params, checks, provider: { ...definition, callbackUrl, signinUrl: "" } } as never)).tokens)
      : await c.callback(callbackUrl, params, checks);
  return identityClaims(c, tokens);
}

beforeAll(async () => {
  await db().organisation.createMany({
    data: [
      { odsCode: ods.practice, name: `Test Practice ${tag}`, kind: "GP_PRACTICE", sharingAgreementSignedOn: new Date("2026-01-05") },
      { odsCode: ods.ooh, name: `Test Out of Hours ${tag}`, kind: "OUT_OF_HOURS", sharingAgreementSignedOn: new Date("2026-01-05") },
    ],
  });
  const patient = (nhsNumber: string) => ({
    nhsNumber,
    givenName: "Edna",
    familyName: "Test",
    dateOfBirth: new Date("1938-07-01"),
    sex: "FEMALE" as const,
    addressLine1: "1 Road",
    town: "London",
    postcode: "SE5 8JA",
  });
  await db().patient.createMany({ data: [patient(nhs.linked), patient(nhs.unverified), patient(nhs.taken)] });
  const taken = await db().patient.findUniqueOrThrow({ where: { nhsNumber: nhs.taken } });
  await db().user.create({
    data: { email: `local-${tag.toLowerCase()}@identity.test`, name: "Local patient", role: "PATIENT", patientId: taken.id, passwordHash: "x" },
  });
  await db().user.create({ data: { email: "taken@identity.test", name: "Local GP", role: "GP", passwordHash: await hashPassword("local-password") } });

  // Port 0 first (any free port), then the configuration that names it.
  const bootstrap = createTestIdentitySetup(0, [APP]);
  provider = await startOidcProvider({ port: 0, issuers: [] });
  const port = Number(new URL(provider.url).port);
  await provider.close();
  setup = { ...bootstrap, port };
  provider = await startOidcProvider({ port, issuers: testIssuers(setup, people) });
  config = readIdentityConfig(appIdentityEnv(setup));
});

afterAll(async () => {
  await provider?.close();
});

const byExternalId = (provider: string, externalId: string) =>
  db().user.findUnique({ where: { identityProvider_externalId: { identityProvider: provider, externalId } } });

describe("CIS2 sign-in", () => {
  it("creates the account with the selected role's mapped role and organisation, and audits it", async () => {
    const claims = await signInThrough("cis2", "doc-practice");
    expect(claims).toMatchObject({ sub: sub("doc"), selected_roleid: "1" });
    const outcome = await linkCis2Identity(claims, defaultCis2RoleTable, request);
    expect(outcome).toMatchObject({ ok: true, user: { role: "GP", identity: { provider: "cis2", proofingLevel: null } } });
    const user = await byExternalId("cis2", sub("doc"));
    const practice = await db().organisation.findUniqueOrThrow({ where: { odsCode: ods.practice } });
    expect(user).toMatchObject({ role: "GP", organisationId: practice.id, passwordHash: null, name: "Dr Test Person", email: "shared@identity.test" });
    const audit = await db().auditEvent.findFirst({ where: { action: "auth.signIn", actorId: user!.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", actorRole: "GP", organisationId: practice.id, userAgent: "vitest" });
    expect(audit!.detail).toMatchObject({ provider: "cis2", jobRoleCode: "R8000", odsCode: ods.practice });
  });

  it("takes the role of each sign-in: the same person selecting their out-of-hours role", async () => {
    const before = await byExternalId("cis2", sub("doc"));
    const outcome = await linkCis2Identity(await signInThrough("cis2", "doc-ooh"), defaultCis2RoleTable, request);
    expect(outcome).toMatchObject({ ok: true, user: { id: before!.id, role: "OOH_GP" } });
    const ooh = await db().organisation.findUniqueOrThrow({ where: { odsCode: ods.ooh } });
    expect(await byExternalId("cis2", sub("doc"))).toMatchObject({ id: before!.id, role: "OOH_GP", organisationId: ooh.id });
  });

  it("refuses a selected role with no mapping, with a sealed page address naming the role", async () => {
    const claims = await signInThrough("cis2", "doc-reception");
    const outcome = await linkCis2Identity(claims, defaultCis2RoleTable, request);
    expect(outcome.ok).toBe(false);
    const redirect = !outcome.ok ? outcome.redirect : "";
    expect(redirect).toMatch(/^\/signin\/no-role\?r=/);
    const details = await openRefusal(new URL(redirect, APP).searchParams.get("r")!);
    expect(details).toMatchObject({
      reason: "unmapped-role",
      roleName: "Receptionist Access Role",
      jobRoleCode: "R8009",
      organisationName: "TEST PRACTICE",
      odsCode: ods.practice,
    });
    expect(await openRefusal(redirect.slice(0, -3) + "abc")).toBeNull();
    // The existing account keeps its last role: a refused sign-in changes nothing.
    expect(await byExternalId("cis2", sub("doc"))).toMatchObject({ role: "OOH_GP" });
    const audit = await db().auditEvent.findFirst({ where: { action: "auth.signIn", outcome: "FAILURE", ip: request.ip }, orderBy: { id: "desc" } });
    expect(audit!.detail).toMatchObject({ provider: "cis2", reason: "unmapped-role", jobRoleCode: "R8009" });
  });

  it("never links to a local account by email: the claimed address is taken, so the account gets its own", async () => {
    const outcome = await linkCis2Identity(await signInThrough("cis2", "other-person"), defaultCis2RoleTable, request);
    expect(outcome.ok).toBe(true);
    const created = await byExternalId("cis2", sub("other"));
    expect(created!.email).toBe(`${sub("other")}@cis2.invalid`);
    const local = await db().user.findUniqueOrThrow({ where: { email: "taken@identity.test" } });
    expect(local).toMatchObject({ role: "GP", identityProvider: null, externalId: null });
    expect(local.id).not.toBe(created!.id);
  });

  it("refuses a deactivated account and leaves it as it was", async () => {
    const user = await byExternalId("cis2", sub("doc"));
    await db().user.update({ where: { id: user!.id }, data: { active: false } });
    const outcome = await linkCis2Identity(await signInThrough("cis2", "doc-practice"), defaultCis2RoleTable, request);
    expect(outcome).toEqual({ ok: false, redirect: "/signin/refused?reason=inactive" });
    expect(await byExternalId("cis2", sub("doc"))).toMatchObject({ active: false, role: "OOH_GP" });
    await db().user.update({ where: { id: user!.id }, data: { active: true } });
  });
});

describe("assurance other than asked for", () => {
  it("cis2: an AAL1 (password only) acr is refused and changes nothing", async () => {
    const before = await byExternalId("cis2", sub("doc"));
    const claims = await signInThrough("cis2", "doc-practice", "weak-assurance");
    expect(claims).toMatchObject({ acr: "AAL1_USERPASS" });
    expect(await linkCis2Identity(claims, defaultCis2RoleTable, request)).toEqual({ ok: false, redirect: "/signin/refused?reason=weak-assurance" });
    expect(await byExternalId("cis2", sub("doc"))).toEqual(before);
    expect(await linkCis2Identity({ ...claims, acr: undefined }, defaultCis2RoleTable, request)).toMatchObject({ ok: false });
    const audit = await db().auditEvent.findFirst({ where: { action: "auth.signIn", outcome: "FAILURE", ip: request.ip }, orderBy: { id: "desc" } });
    expect(audit!.detail).toMatchObject({ provider: "cis2", reason: "weak-assurance" });
  });

  it("nhs-login: a vector of trust not asked for is refused", async () => {
    const claims = await signInThrough("nhs-login", "p5", "weak-assurance");
    expect(claims).toMatchObject({ vot: "P0.Cm" });
    expect(await linkNhsLoginIdentity(claims, request)).toEqual({ ok: false, redirect: "/signin/refused?reason=weak-assurance" });
  });

  it("nhs-login: a P5 vector claiming P9 proofing never links the patient record", async () => {
    const claims = await signInThrough("nhs-login", "p9-taken", "mismatched-proofing");
    expect(claims).toMatchObject({ vot: "P5.Cp.Cd", identity_proofing_level: "P9" });
    expect(await linkNhsLoginIdentity({ ...claims, nhs_number: nhs.unverified }, request)).toEqual({
      ok: false,
      redirect: "/signin/refused?reason=weak-assurance",
    });
    const patient = await db().patient.findUniqueOrThrow({ where: { nhsNumber: nhs.unverified }, include: { user: true } });
    expect(patient.user).toBeNull();
    expect(await byExternalId("nhs-login", sub("p9-taken"))).toBeNull();
  });
});

describe("ID tokens openid-client refuses", () => {
  for (const path of ["cis2", "nhs-login"] as const) {
    const person = path === "cis2" ? "doc-practice" : "p9";
    it(`${path}: another audience, expired, or signed by a key not in the JWKS`, async () => {
      await expect(signInThrough(path, person, "wrong-audience")).rejects.toThrow(/aud mismatch/);
      await expect(signInThrough(path, person, "expired")).rejects.toThrow(/JWT expired/);
      await expect(signInThrough(path, person, "bad-signature")).rejects.toThrow(/failed to validate JWT signature/);
      // And the same flow, untampered, succeeds.
      await expect(signInThrough(path, person)).resolves.toMatchObject({ sub: expect.any(String) });
    });
  }

  it("nhs-login: the token endpoint refuses a client assertion signed by another key", async () => {
    const { privateKey } = await import("node:crypto").then((c) => c.generateKeyPairSync("rsa", { modulusLength: 2048 }));
    const jwk = { ...privateKey.export({ format: "jwk" }), kid: "ucp-test-1", alg: "RS512", use: "sig" };
    await expect(signInThrough("nhs-login", "p9", undefined, { jwk })).rejects.toThrow(/invalid_client/);
  });
});

describe("NHS login sign-in", () => {
  it("P9 links the account to the patient with that NHS number; the record is reachable only in a P9 session", async () => {
    const outcome = await linkNhsLoginIdentity(await signInThrough("nhs-login", "p9"), request);
    const patient = await db().patient.findUniqueOrThrow({ where: { nhsNumber: nhs.linked } });
    expect(outcome).toMatchObject({ ok: true, user: { role: "PATIENT", patientId: patient.id, identity: { provider: "nhs-login", proofingLevel: "P9" } } });
    const user = await byExternalId("nhs-login", sub("p9"));
    expect(user).toMatchObject({ patientId: patient.id, passwordHash: null, email: `${sub("p9")}@nhs-login.invalid` });
    expect(await loadActor(user!.id, { proofingLevel: "P9" })).toMatchObject({ patientId: patient.id, proofingLevel: "P9" });
    expect(await loadActor(user!.id, { proofingLevel: "P5" })).toMatchObject({ patientId: null, proofingLevel: "P5" });
    expect(await loadActor(user!.id)).toMatchObject({ patientId: null, proofingLevel: "P0" });
  });

  it("P5 signs in with no patient link, and nothing is looked up", async () => {
    const outcome = await linkNhsLoginIdentity(await signInThrough("nhs-login", "p5"), request);
    expect(outcome).toMatchObject({ ok: true, user: { role: "PATIENT", patientId: null, identity: { proofingLevel: "P5" } } });
    expect(await byExternalId("nhs-login", sub("p5"))).toMatchObject({ patientId: null });
    const patient = await db().patient.findUniqueOrThrow({ where: { nhsNumber: nhs.unverified }, include: { user: true } });
    expect(patient.user).toBeNull();
  });

  it("P9 with no record here signs in as themselves with no record, and reaches only the people an open link lets them act for", async () => {
    const outcome = await linkNhsLoginIdentity(await signInThrough("nhs-login", "p9-absent"), request);
    expect(outcome).toMatchObject({ ok: true, user: { role: "PATIENT", patientId: null, identity: { proofingLevel: "P9" } } });
    const account = await byExternalId("nhs-login", sub("p9-absent"));
    expect(account).toMatchObject({ role: "PATIENT", patientId: null });
    expect(await db().patient.findUnique({ where: { nhsNumber: nhs.absent } })).toBeNull();
    expect(await loadActor(account!.id, { proofingLevel: "P9" })).toMatchObject({ patientId: null, actsFor: [] });

    // Someone they care for adds them (as "People who can act for you" does): the next request reaches that person only, at P9 only.
    const person = await db().patient.findUniqueOrThrow({ where: { nhsNumber: nhs.linked } });
    await db().proxyLink.create({
      data: {
        patientId: person.id,
        proxyUserId: account!.id,
        basis: "NOMINATED_CARER",
        relationship: "Friend",
        recordedById: account!.id,
        recordedByRole: "PATIENT",
      },
    });
    expect(await loadActor(account!.id, { proofingLevel: "P9" })).toMatchObject({ patientId: null, actsFor: [person.id] });
    expect(await loadActor(account!.id, { proofingLevel: "P5" })).toMatchObject({ patientId: null, actsFor: [] });
  });

  it("refuses P9 with no NHS number, a different date of birth, or a record linked to another account", async () => {
    expect(await linkNhsLoginIdentity(await signInThrough("nhs-login", "p9-no-number"), request)).toEqual({
      ok: false,
      redirect: "/signin/refused?reason=nhs-number-missing",
    });
    expect(await linkNhsLoginIdentity(await signInThrough("nhs-login", "p9-wrong-birthdate"), request)).toEqual({
      ok: false,
      redirect: "/signin/refused?reason=details-mismatch",
    });
    expect(await linkNhsLoginIdentity(await signInThrough("nhs-login", "p9-taken"), request)).toEqual({
      ok: false,
      redirect: "/signin/refused?reason=linked-elsewhere",
    });
    for (const id of ["p9-no-number", "p9-wrong-birthdate", "p9-taken"]) expect(await byExternalId("nhs-login", sub(id))).toBeNull();
    const audit = await db().auditEvent.findFirst({ where: { action: "auth.signIn", outcome: "FAILURE", ip: request.ip }, orderBy: { id: "desc" } });
    expect(audit!.detail).toMatchObject({ provider: "nhs-login", reason: "linked-elsewhere", nhsNumber: nhs.taken });
  });
});

describe("next-auth callbacks", () => {
  it("signIn links and jwt carries the proofing level; an unlinked identity gets no session", async () => {
    const { authOptions } = await import("./options");
    const { signIn, jwt } = authOptions.callbacks!;
    const user = { id: sub("p9") } as never as { id: string; identity?: unknown };
    const account = { provider: "nhs-login", type: "oauth", providerAccountId: sub("p9") } as never;
    expect(await signIn!({ user, account, profile: await signInThrough("nhs-login", "p9") } as never)).toBe(true);
    const token = await jwt!({ token: {}, user, account, trigger: "signIn" } as never);
    const linked = await byExternalId("nhs-login", sub("p9"));
    expect(token).toMatchObject({ sub: linked!.id, role: "PATIENT", patientId: linked!.patientId, provider: "nhs-login", proofingLevel: "P9" });

    const refused = await signIn!({ user: { id: "x" }, account, profile: await signInThrough("nhs-login", "p9-no-number") } as never);
    expect(refused).toBe("/signin/refused?reason=nhs-number-missing");
    await expect(jwt!({ token: {}, user: { id: "x" }, account, trigger: "signIn" } as never)).rejects.toThrow(/not linked/);
  });
});
