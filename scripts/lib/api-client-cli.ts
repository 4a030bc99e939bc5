import { auditActions } from "../../lib/domain/audit-actions";
import { parseArgs } from "node:util";
import { db } from "../../lib/db";
import { newApiClientInput, apiClientIdInput, rotateApiClientInput } from "../../lib/domain/api-clients";
import { createApiClientRecord, listApiClientRecords, revokeApiClientRecord, rotateApiClientRecord } from "../../lib/server/api-clients/store";
import { writeAudit } from "../../lib/server/audit";
import type { Caller } from "../../lib/server/actor";
import { answerForCli } from "../../lib/server/error-mapping";
import { parseInput } from "../../lib/server/use-case";

const usage = `Usage:
  npm run api-client -- create --name <name> --role <role> --org <ODS code>
  npm run api-client -- rotate --id <id> [--overlap none|1h|24h]
  npm run api-client -- revoke --id <id>
  npm run api-client -- list
Roles: GP, NURSE, PARAMEDIC, CALL_HANDLER_111, CLINICIAN_111, OOH_GP
Tokens expire after UCP_API_TOKEN_DAYS days (default 90); rotate issues a new one.`;

/** Whoever runs the CLI operates the server; the audit trail records the channel, not a user. */
const operator: Caller = { actor: null, via: "cli" };

interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The `api-client` command: returns the exit code (0 done, 1 refused, 2 usage). */
export async function runApiClientCli(argv: string[], io: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: "string" }, role: { type: "string" }, org: { type: "string" }, id: { type: "string" }, overlap: { type: "string" } },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (rest.length) return usageError(io, `Unexpected argument: ${rest[0]}`);
  try {
    if (command === "create") return await create(parsed.values, io);
    if (command === "revoke") return await revoke(parsed.values, io);
    if (command === "rotate") return await rotate(parsed.values, io);
    if (command === "list") return await list(io);
    return usageError(io, command ? `Unknown command: ${command}` : "Name a command");
  } catch (e) {
    return answerForCli(e, io.err);
  }
}

function usageError(io: CliOutput, message: string): number {
  io.err(`${message}\n${usage}`);
  return 2;
}

async function create(values: { name?: string; role?: string; org?: string }, io: CliOutput): Promise<number> {
  const input = parseInput(newApiClientInput, { name: values.name, role: values.role, odsCode: values.org });
  const client = await db().$transaction(async (tx) => {
    const { client, audit } = await createApiClientRecord(tx, input, null);
    await writeAudit(tx, operator, auditActions.apiClientCreated, "SUCCESS", audit);
    return client;
  });
  io.out(
    `Created API client "${client.name}" (${client.role}, ${client.odsCode}), token expires ${client.expiresAt.toISOString()}. ` +
      "The token is shown only now: store it securely.",
  );
  io.out(JSON.stringify({ id: client.id, token: client.token }));
  return 0;
}

async function rotate(values: { id?: string; overlap?: string }, io: CliOutput): Promise<number> {
  const input = parseInput(rotateApiClientInput, { id: values.id, overlap: values.overlap });
  const client = await db().$transaction(async (tx) => {
    const { client, audit } = await rotateApiClientRecord(tx, input.id, input.overlap, null);
    await writeAudit(tx, operator, auditActions.apiClientRotated, "SUCCESS", audit);
    return client;
  });
  const old = client.previousTokenExpiresAt ? `until ${client.previousTokenExpiresAt.toISOString()}` : "no longer";
  io.out(`Rotated the token of "${client.name}": the old token works ${old}; the new one expires ${client.expiresAt.toISOString()}. It is shown only now.`);
  io.out(JSON.stringify({ id: client.id, token: client.token }));
  return 0;
}

async function revoke(values: { id?: string }, io: CliOutput): Promise<number> {
  const input = parseInput(apiClientIdInput, { id: values.id });
  const revokedAt = await db().$transaction(async (tx) => {
    const { revokedAt, audit } = await revokeApiClientRecord(tx, input.id, null);
    await writeAudit(tx, operator, auditActions.apiClientRevoked, "SUCCESS", audit);
    return revokedAt;
  });
  io.out(`Revoked API client ${input.id} (at ${revokedAt.toISOString()}): its token no longer works.`);
  return 0;
}

async function list(io: CliOutput): Promise<number> {
  const clients = await listApiClientRecords(db());
  if (clients.length === 0) io.out("No API clients.");
  for (const c of clients) {
    const state = c.revokedAt
      ? `revoked ${c.revokedAt.toISOString()}`
      : c.expiresAt <= new Date()
        ? `expired ${c.expiresAt.toISOString()}`
        : `active, expires ${c.expiresAt.toISOString()}`;
    const used = c.lastUsedAt ? `last used ${c.lastUsedAt.toISOString()}` : "never used";
    io.out(`${c.id}  ${c.name}  ${c.role}  ${c.odsCode}  ${c.tokenPrefix}…  ${state}, ${used}`);
  }
  return 0;
}
