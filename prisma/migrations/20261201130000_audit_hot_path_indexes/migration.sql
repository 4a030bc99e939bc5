-- Hot-path lookups on the audit trail, as partial indexes: each covers only the rows of one
-- action, so the lookup reads a few index pages however long the trail grows (docs/performance.md).
-- The predicates name the action alone (a text the query binds as a parameter, which the planner
-- can match); the outcome and the rest are checked on the one or two rows the index returns.
-- Prisma's schema cannot express partial indexes; they live here (see the note on AuditEvent).

-- "What changed since you last viewed": this reader's latest view of this plan.
CREATE INDEX "AuditEvent_last_view_idx" ON "AuditEvent" ("actorId", "planId", "id" DESC)
  WHERE "action" = 'plan.viewed';

-- Break glass: a reason this person gave for this patient in the last 12 hours.
CREATE INDEX "AuditEvent_break_glass_grant_idx" ON "AuditEvent" ("actorId", "patientId", "id" DESC)
  WHERE "action" = 'plan.breakGlassGranted';
