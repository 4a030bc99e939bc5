import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { noInput } from "@/lib/domain/inputs";
import { defineUseCase } from "../use-case";
import { apiClientIdInput, newApiClientInput, rotateApiClientInput } from "@/lib/domain/api-clients";
import { createApiClientRecord, listApiClientRecords, revokeApiClientRecord, rotateApiClientRecord } from "./store";

/** Admin page: register an API client. The token is in the result, and nowhere else ever again. */
export const createApiClient = defineUseCase({
  audit: auditActions.apiClientCreated,
  permission: "admin.manage",
  input: newApiClientInput,
  async run({ tx, actor, input }) {
    const { client, audit } = await createApiClientRecord(tx, input, actor.userId);
    return { result: client, audit };
  },
});

export const revokeApiClient = defineUseCase({
  audit: auditActions.apiClientRevoked,
  permission: "admin.manage",
  input: apiClientIdInput,
  async run({ tx, actor, input }) {
    const { revokedAt, audit } = await revokeApiClientRecord(tx, input.id, actor.userId);
    return { result: { id: input.id, revokedAt }, audit };
  },
});

/** A new token for a client, shown once; the old one stops now or after the chosen overlap. */
export const rotateApiClient = defineUseCase({
  audit: auditActions.apiClientRotated,
  permission: "admin.manage",
  input: rotateApiClientInput,
  async run({ tx, actor, input }) {
    const { client, audit } = await rotateApiClientRecord(tx, input.id, input.overlap, actor.userId);
    return { result: client, audit };
  },
});

export const listApiClients = defineUseCase({
  audit: auditActions.apiClientsListed,
  permission: "admin.manage",
  input: noInput,
  async run({ tx }) {
    return { result: await listApiClientRecords(tx) };
  },
});
