/**
 * A stand-in for scripts/server.ts around the real database code, for the shutdown test
 * (scripts/lib/http-server.int.test.ts): the same createAppServer, exitOnSignals and
 * closeDatabase, serving a publish through the real use case instead of the whole Next app
 * (which would need a build). Prints "ready <port>" once it listens.
 */
import { db } from "../../lib/db";
import { databaseConfig } from "../../lib/db/config";
import { acquirePgliteLock } from "../../lib/db/pglite-lock";
import { closeDatabase } from "../../lib/db/shutdown";
import { testNhsNumber } from "../../lib/domain/nhs-number";
import { toFormValues } from "../../lib/domain/plan";
import { demoPlanContent } from "../../lib/server/seed/demo-plan-content";
import { loadActor } from "../../lib/server/actor";
import { parseTrustedProxies } from "../../lib/server/client-address";
import { openDraft } from "../../lib/server/plans/drafts";
import { publishContent } from "../../lib/server/plans/publish-content";
import { createAppServer, exitOnSignals } from "../../scripts/lib/http-server";

const config = databaseConfig();
if (config.kind === "pglite") acquirePgliteLock(config.dataDir);

const email = "durability-gp@example.org";
const nhsNumber = testNhsNumber(9876);
const gp = await db().user.upsert({ where: { email }, create: { email, name: "Durability GP", role: "GP" }, update: {} });
const patient = await db().patient.upsert({
  where: { nhsNumber },
  create: {
    nhsNumber,
    givenName: "Dura",
    familyName: "Bility",
    dateOfBirth: new Date("1940-01-01"),
    sex: "FEMALE",
    addressLine1: "1 Test Road",
    town: "London",
    postcode: "SE5 8JA",
  },
  update: {},
});
const caller = { actor: await loadActor(gp.id), ip: "127.0.0.1", userAgent: "durability test" };
const contents = demoPlanContent();

async function publishedVersion(): Promise<number> {
  return (await db().carePlan.findUnique({ where: { patientId: patient.id } }))?.publishedVersion ?? 0;
}

const app = createAppServer(
  async (req, res) => {
    if (req.url === "/events") {
      res.writeHead(200, { "Content-Type": "text/event-stream" });
      res.write(": open\n\n"); // and never ends by itself, like a live view
      return;
    }
    if (req.url === "/publish" && req.method === "POST") {
      const draft = await openDraft(caller, { patientId: patient.id });
      const base = await publishedVersion();
      const { version } = await publishContent(caller, {
        planId: draft.planId,
        baseVersion: base,
        content: toFormValues(contents[base % contents.length]),
        changeSummary: `cycle ${base + 1}`,
      });
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ version }));
      return;
    }
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ version: await publishedVersion() }));
  },
  { trustedProxies: parseTrustedProxies(undefined), closeDatabase: () => closeDatabase(config) },
);
exitOnSignals(app, (line) => console.error(line));
app.server.listen(0, "127.0.0.1", () => {
  const address = app.server.address();
  console.log(`ready ${typeof address === "object" && address ? address.port : ""}`);
});
