import fc from "fast-check";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { ALWAYS, asPathSegment, encode, hostileJson, hostileStrings } from "./hostile-values";
import { requestAs } from "./request-as";
import { encodeReply, serverActions } from "./server-actions";

// Hostile values for every page route parameter, query parameter and server action input, sent
// over HTTP to the started app: nothing may answer 500 or more, or show a stack trace.

type Who = "gp" | "patient" | "admin" | "nobody";
interface Probe {
  who: Who;
  target: string;
  method: "GET" | "POST";
  url: string;
  form?: Record<string, string>;
  /** A server action called the way React calls it: the argument list, encoded as `encodeReply` does. */
  action?: { id: string; args: unknown[] };
}

const margaret = "9990000018";
const randomId = () => crypto.randomUUID();

function query(name: string, value: string, i: number): string {
  // Every seventh probe repeats the parameter: the page then receives an array, not a string.
  return i % 7 === 6 ? `${name}=${encode(value)}&${name}=x` : `${name}=${encode(value)}`;
}

const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\.next\/server|webpack-internal|turbopack:\/\//;

async function send(client: APIRequestContext, probe: Probe, origin: string): Promise<{ status: number; body: string }> {
  const options = { maxRedirects: 0, timeout: 30_000, failOnStatusCode: false } as const;
  let response;
  if (probe.action) {
    response = await client.post(probe.url, {
      ...options,
      headers: { "Next-Action": probe.action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
      data: encodeReply(probe.action.args),
    });
  } else if (probe.form) {
    response = await client.post(probe.url, { ...options, multipart: probe.form, headers: { Origin: origin } });
  } else {
    response = await client.get(probe.url, options);
  }
  return { status: response.status(), body: await response.text() };
}

test("hostile page parameters, query parameters and server action inputs never answer 500 or show a stack trace", async ({ baseURL }) => {
  // Bounded by its request count (about 1,700); the wide margin is for a machine shared with other work.
  test.setTimeout(600_000);
  const clients: Record<Who, APIRequestContext> = {
    gp: await requestAs(baseURL!, demoAccounts.gp.email),
    patient: await requestAs(baseURL!, demoAccounts.patient.email),
    admin: await requestAs(baseURL!, demoAccounts.admin.email),
    nobody: await request.newContext({ baseURL }),
  };
  const search = await clients.gp.get(`/patients/search?by=nhs-number&nhsNumber=${margaret}`);
  const patientId = /href="\/patients\/([0-9a-f-]{36})"/.exec(await search.text())?.[1];
  expect(patientId, "the demo patient is found").toBeTruthy();
  const p = `/patients/${patientId}`;

  const actions = serverActions();
  const actionAt = (name: string) => {
    const found = actions.get(name);
    if (!found) throw new Error(`No server action ${name} in the build`);
    return found.id;
  };

  // One generator per target: each turns a hostile value (and its index) into a request.
  const pathTargets = [
    "",
    "/summary",
    "/print",
    "/plan",
    "/plan/aboutMe",
    "/plan/versions",
    "/plan/versions/compare?from=1&to=2",
    "/plan/conflict",
    "/plan/check",
    "/plan/cancel",
    "/death",
    "/sharing",
    "/reason?returnTo=%2F",
    "/people",
  ];
  const targets: Array<(v: string, i: number) => Probe[]> = [
    ...pathTargets.map((rest) => (v: string, i: number): Probe[] => [
      { who: "gp", target: `/patients/<id>${rest}`, method: "GET", url: `/patients/${asPathSegment(v, i)}${rest}` },
      ...(i % 4 === 0
        ? [{ who: "patient" as const, target: `/patients/<id>${rest} (patient)`, method: "GET" as const, url: `/patients/${asPathSegment(v, i)}${rest}` }]
        : []),
    ]),
    (v, i) => [{ who: "gp", target: "/api/patients/<id>/events", method: "GET", url: `/api/patients/${asPathSegment(v, i)}/events` }],
    (v, i) => [{ who: "gp", target: "/patients/<real>/plan/<section>", method: "GET", url: `${p}/plan/${asPathSegment(v, i)}` }],
    ...(
      [
        ["/summary", "changedFrom"],
        ["/summary", "reason"],
        ["/summary", "reasonText"],
        ["/print", "reason"],
        ["/print", "reasonText"],
        ["", "published"],
        ["", "done"],
        ["/plan/versions/compare", "from"],
        ["/plan/versions/compare", "to"],
        ["/plan/conflict", "stale"],
        ["/reason", "returnTo"],
        ["/reason", "error"],
        ["/plan/check", "check"],
      ] as const
    ).map(([rest, name]) => (v: string, i: number): Probe[] => [
      {
        who: "gp",
        target: `${rest || "/patients/<real>"}?${name}`,
        method: "GET",
        url: `${p}${rest}?${query(name, v, i)}${name === "from" ? "&to=2" : name === "to" ? "&from=1" : ""}`,
      },
    ]),
    ...["by", "nhsNumber", "familyName", "dob-day", "dob-month", "dob-year"].map((name) => (v: string, i: number): Probe[] => {
      const by = name === "by" ? "" : name === "nhsNumber" ? "by=nhs-number&" : "by=name&familyName=Okafor&dob-day=1&dob-month=2&dob-year=1941&";
      return [{ who: "gp", target: `/patients/search?${name}`, method: "GET", url: `/patients/search?${by}${query(name, v, i)}` }];
    }),
    (v, i) => [{ who: "gp", target: "/signin?callbackUrl (signed in)", method: "GET", url: `/signin?${query("callbackUrl", v, i)}` }],
    (v, i) => [{ who: "nobody", target: "/signin?callbackUrl&error", method: "GET", url: `/signin?${query("callbackUrl", v, i)}&${query("error", v, i)}` }],
    (v, i) => [{ who: "admin", target: "/admin/users/<id>", method: "GET", url: `/admin/users/${asPathSegment(v, i)}` }],
    (v, i) => [{ who: "nobody", target: "/reset-password/<token>", method: "GET", url: `/reset-password/${asPathSegment(v, i)}` }],
    ...["q", "odsCode", "role", "status", "page"].map((name) => (v: string, i: number): Probe[] => [
      { who: "admin", target: `/admin/users?${name}`, method: "GET", url: `/admin/users?${query(name, v, i)}` },
    ]),
    (v, i) => [{ who: "nobody", target: "/signin/no-role?r", method: "GET", url: `/signin/no-role?${query("r", v, i)}` }],
    (v, i) => [{ who: "nobody", target: "/signin/refused?reason", method: "GET", url: `/signin/refused?${query("reason", v, i)}` }],
    (v, i) => [{ who: "nobody", target: "/signin/organisation-unavailable?r", method: "GET", url: `/signin/organisation-unavailable?${query("r", v, i)}` }],
    (v, i) => [
      { who: "admin", target: "/admin/organisations?q", method: "GET", url: `/admin/organisations?${query("q", v, i)}` },
      { who: "admin", target: "/admin/organisations?page", method: "GET", url: `/admin/organisations?${query("page", v, i)}` },
      { who: "admin", target: "/admin/organisations/<id>", method: "GET", url: `/admin/organisations/${asPathSegment(v, i)}` },
    ],
    ...["nhsNumber", "userEmail", "odsCode", "subject", "from-day", "from-month", "from-year", "to-day", "to-year", "breakGlass"].map(
      (name) =>
        (v: string, i: number): Probe[] => [{ who: "admin", target: `/admin/audit?${name}`, method: "GET", url: `/admin/audit?${query(name, v, i)}` }],
    ),
    (v, i) => [
      { who: "patient", target: "/my-plan/access?…", method: "GET", url: `/my-plan/access?${query("patientId", v, i)}` },
      { who: "patient", target: "/?…", method: "GET", url: `/?${query("patientId", v, i)}` },
    ],
    // Whose record the person's own pages show (someone acting for them names the person).
    ...["/my-plan", "/my-plan/change", "/my-plan/access"].map((path) => (v: string, i: number): Probe[] => [
      { who: "patient", target: `${path}?for`, method: "GET", url: `${path}?${query("for", v, i)}` },
    ]),
    (v, i) => [{ who: "gp", target: "/patients/<real>/requests/<id>", method: "GET", url: `${p}/requests/${asPathSegment(v, i)}` }],
    // Server actions. Mutating ones only ever name made-up records, so demo data is never changed.
    (v) => [{ who: "gp", target: "openPlanAction (form)", method: "POST", url: p, form: { [`$ACTION_ID_${actionAt("openPlanAction")}`]: "", patientId: v } }],
    (v, i) => [
      {
        who: "gp",
        target: "giveAccessReasonAction (form)",
        method: "POST",
        url: `${p}/reason`,
        form: { [`$ACTION_ID_${actionAt("giveAccessReasonAction")}`]: "", patientId: i % 2 ? v : randomId(), returnTo: v, reasonText: i % 3 ? v : "" },
      },
    ],
    (v, i) => [
      {
        who: "gp",
        target: "rebaseAction (form)",
        method: "POST",
        url: `${p}/plan/conflict`,
        form: { [`$ACTION_ID_${actionAt("rebaseAction")}`]: "", patientId: v, planId: i % 2 ? v : randomId(), draftRevision: v },
      },
    ],
  ];

  // Argument lists for the JSON-encoded actions: the value in one field, or in place of the whole input.
  const json = fc.sample(hostileJson, { numRuns: 2000, seed: 7 });
  const actionTargets: Array<[name: string, who: Who, url: string, args: (v: string, i: number) => unknown[]]> = [
    [
      "saveSectionAction",
      "gp",
      `${p}/plan/aboutMe`,
      (v, i) => [
        i % 3 === 0
          ? json[i]
          : {
              planId: i % 2 ? v : randomId(),
              section: i % 5 ? "aboutMe" : v,
              draftRevision: json[i],
              baseVersion: 0,
              loaded: json[i + 1],
              values: { whatMatters: v },
            },
      ],
    ],
    [
      "publishAction",
      "gp",
      `${p}/plan/check`,
      (v, i) => [
        i % 3 === 0
          ? json[i]
          : { planId: i % 2 ? v : randomId(), baseVersion: json[i], draftRevision: 0, draft: json[i + 1], changeSummary: i % 4 ? v : json[i] },
      ],
    ],
    ["cancelPlanAction", "gp", `${p}/plan/cancel`, (v, i) => [i % 3 === 0 ? json[i] : { planId: i % 2 ? v : randomId(), reason: v }]],
    [
      "recordDeathAction",
      "gp",
      `${p}/death`,
      (v, i) => [
        i % 3 === 0
          ? json[i]
          : { patientId: i % 2 ? v : randomId(), dateOfDeath: { day: v, month: "1", year: json[i] }, placeOfDeath: v, diedAtPreferredPlace: "yes" },
      ],
    ],
    [
      "addPatientAction",
      "gp",
      "/patients/new",
      (v, i) => [i % 3 === 0 ? json[i] : { nhsNumber: v, givenName: v, familyName: "Test", dateOfBirth: { day: v, month: "1", year: "1950" }, postcode: v }],
    ],
    [
      "addCareTeamMemberAction",
      "gp",
      `${p}/care-team`,
      (v, i) => [
        i % 3 === 0
          ? json[i]
          : { patientId: i % 2 ? v : randomId(), organisation: v, role: i % 4 ? v : "OTHER", since: { day: v, month: "1", year: "2026" }, until: json[i] },
      ],
    ],
    ["endCareTeamMemberAction", "gp", `${p}/care-team`, (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), membershipId: v }]],
    ["createApiClientAction", "admin", "/admin/api-clients", (v, i) => [i % 3 === 0 ? json[i] : { name: v, role: v, odsCode: v }]],
    ["revokeApiClientAction", "admin", "/admin/api-clients", (v, i) => [i % 3 === 0 ? json[i] : { id: i % 2 ? v : randomId() }]],
    ["rotateApiClientAction", "admin", "/admin/api-clients", (v, i) => [i % 3 === 0 ? json[i] : { id: i % 2 ? v : randomId(), overlap: i % 4 ? v : "none" }]],
    // Organisations: a kind that is never valid (so nothing is ever added) or a made-up id.
    ["addOrganisationAction", "admin", "/admin/organisations/new", (v, i) => [i % 3 === 0 ? json[i] : { odsCode: v, name: v, kind: `X${v}`, postcode: v }]],
    [
      "updateOrganisationAction",
      "admin",
      "/admin/organisations/new",
      (v, i) => [
        i % 3 === 0
          ? json[i]
          : { id: i % 2 ? v : randomId(), odsCode: v, name: v, kind: "HOSPICE", sharingAgreementSignedOn: { day: v, month: "1", year: "2026" } },
      ],
    ],
    ["suspendOrganisationAction", "admin", "/admin/organisations", (v, i) => [i % 3 === 0 ? json[i] : { id: i % 2 ? v : randomId(), reason: v }]],
    ["reinstateOrganisationAction", "admin", "/admin/organisations", (v, i) => [i % 3 === 0 ? json[i] : { id: i % 2 ? v : randomId() }]],
    [
      "previewOrganisationImportAction",
      "admin",
      "/admin/organisations/import",
      (v, i) => [i % 3 === 0 ? json[i] : { csv: v, kind: i % 2 ? v : "HOSPICE", fileName: v }],
    ],
    [
      "importOrganisationsAction",
      "admin",
      "/admin/organisations/import",
      (v, i) => [i % 3 === 0 ? json[i] : { csv: v, kind: `X${v}`, fileName: v, previewDigest: v }],
    ],
    // A valid change request would really be sent for the demo patient: as the patient, the text
    // always carries a control character (refused); as a GP, anything (refused by the policy).
    // A whole-input value that is an object (it could hold a valid text) becomes a text with the control character too.
    [
      "requestChangeAction",
      "patient",
      "/my-plan/change",
      (v, i) => [i % 3 === 0 && typeof json[i] !== "object" ? json[i] : { patientId, text: `${i % 3 === 0 ? JSON.stringify(json[i]) : v}\u0007` }],
    ],
    ["requestChangeAction", "gp", "/my-plan/change", (v, i) => [i % 3 === 0 ? json[i] : { patientId, text: v }]],
    // Proxy links and answers: made-up patients and records only (or hostile ids), so demo data never changes.
    [
      "recordProxyLinkAction",
      "gp",
      `${p}/people`,
      (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), email: v, basis: i % 4 ? v : "PARENT", relationship: v, evidence: v }],
    ],
    ["nominateCarerAction", "patient", "/my-plan/people", (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), email: v, relationship: v }]],
    ["endProxyLinkAction", "patient", "/my-plan/people", (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), linkId: v, reason: v }]],
    [
      "answerChangeRequestAction",
      "gp",
      "/",
      (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), changeRequestId: randomId(), outcome: i % 4 ? v : "DECLINED", response: v }],
    ],
    // People: the role is always the hostile value (never a real role), the ids made up, so no account is made or changed.
    [
      "createUserAction",
      "admin",
      "/admin/users/new",
      (v, i) => [
        i % 3 === 0
          ? json[i]
          : { name: v, email: i % 2 ? v : `${randomId()}@fuzz.test`, odsCode: v, role: `${v}!`, professionalBody: v, registrationNumber: v },
      ],
    ],
    ["changeUserRoleAction", "admin", "/admin/users", (v, i) => [i % 3 === 0 ? json[i] : { userId: i % 2 ? v : randomId(), role: v, professionalBody: v }]],
    ["deactivateUserAction", "admin", "/admin/users", (v, i) => [i % 3 === 0 ? json[i] : { userId: i % 2 ? v : randomId() }]],
    ["reactivateUserAction", "admin", "/admin/users", (v, i) => [i % 3 === 0 ? json[i] : { userId: i % 2 ? v : randomId() }]],
    ["issuePasswordResetAction", "admin", "/admin/users", (v, i) => [i % 3 === 0 ? json[i] : { userId: i % 2 ? v : randomId() }]],
    ["checkUserImportAction", "admin", "/admin/users/import", (v, i) => [i % 3 === 0 ? json[i] : { csv: v }]],
    // A header line of the wrong columns first: whatever follows, nothing is imported.
    ["importUsersAction", "admin", "/admin/users/import", (v, i) => [i % 3 === 0 ? json[i] : { csv: `email,name\n${v}` }]],
    ["setPasswordAction", "nobody", "/reset-password/x", (v, i) => [i % 3 === 0 ? json[i] : { token: v, password: v, confirmPassword: v }]],
    // Consent to share: only made-up patient ids (a hostile value, or a random id), so no demo plan's sharing ever changes.
    ["withdrawSharingAction", "gp", `${p}/sharing`, (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), reason: v }]],
    [
      "restoreSharingAction",
      "gp",
      `${p}/sharing`,
      (v, i) => [i % 3 === 0 ? json[i] : { patientId: i % 2 ? v : randomId(), basis: i % 4 ? v : "explicit-consent", notes: v }],
    ],
  ];
  for (const [name, who, url, args] of actionTargets) {
    targets.push((v, i) => [{ who, target: `${name} (${who})`, method: "POST", url, action: { id: actionAt(name), args: args(v, i) } }]);
  }
  // Every server action of the build is fuzzed: a new one fails this test until it is added above.
  const covered = new Set([...actionTargets.map(([name]) => name), "openPlanAction", "rebaseAction", "giveAccessReasonAction"]);
  expect([...actions.keys()].filter((name) => !covered.has(name))).toEqual([]);

  // Each target gets the first classic values, a quarter of the others, and 18 generated values of
  // its own: about 1,700 requests, 1,000+ distinct values.
  const perTarget = 18;
  const values = hostileStrings(targets.length * perTarget, 20261201);
  const classic = values.length - targets.length * perTarget;
  const probes = targets
    .flatMap((make, t) => [
      ...values
        .slice(0, classic)
        .filter((_, i) => i < ALWAYS || i % 4 === t % 4)
        .map((v, i) => make(v, i)),
      ...values.slice(classic + t * perTarget, classic + (t + 1) * perTarget).map((v, i) => make(v, classic + i)),
    ])
    .flat();
  expect(new Set(values).size).toBeGreaterThanOrEqual(1000);

  const failures = new Map<string, string[]>();
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < probes.length) {
        const probe = probes[next++];
        const { status, body } = await send(clients[probe.who], probe, new URL(baseURL!).origin);
        const unexpected = probe.action && body.includes('"code":"ERROR"');
        if (status >= 500 || STACK_TRACE.test(body) || unexpected) {
          const list = failures.get(probe.target) ?? [];
          failures.set(probe.target, list);
          list.push(
            `${status}${unexpected ? " (unexpected error)" : ""} ${probe.method} ${probe.url.slice(0, 120)} ` +
              (probe.action ? JSON.stringify(probe.action.args).slice(0, 120) : ""),
          );
        }
      }
    }),
  );
  const byTarget = [...failures].map(([target, list]) => `${target}: ${list.length} failures, e.g. ${list[0]}`);
  expect(byTarget, `${probes.length} probes in ${Math.round((Date.now() - started) / 1000)} s`).toEqual([]);
});

test("a server action posted from another site is refused with 403, not 500", async ({ baseURL }) => {
  const gp = await requestAs(baseURL!, demoAccounts.gp.email);
  const { id } = serverActions().get("cancelPlanAction")!;
  for (const origin of ["http://evil.example", "null", "http://localhost.evil.example"]) {
    const response = await gp.post("/", {
      headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" },
      data: encodeReply([{ planId: randomId(), reason: "x" }]),
    });
    expect(response.status(), origin).toBe(403);
  }
  await gp.dispose();
});
