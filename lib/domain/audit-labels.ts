/**
 * What each audit action means, in plain English, for administrators reading the trail. Keyed by
 * the name a use case records (lib/server/use-case.ts) or that sign-in and the CLI write directly.
 * A name missing here is shown as itself, so a new action is never hidden.
 */
export const auditActionLabels: Record<string, string> = {
  "auth.signIn": "Signed in",
  "auth.signOut": "Signed out",
  "api.authenticate": "API client signed in",
  "patient.search": "Searched for a patient",
  "patient.view": "Viewed the patient's details",
  "patient.added": "Added a patient",
  "patient.deathRecorded": "Recorded a death",
  "plan.viewed": "Viewed the emergency summary",
  "plan.watched": "Received a live update of the plan",
  "plan.statusViewed": "Checked the plan's status",
  "plan.historyViewed": "Viewed the version history",
  "plan.versionsCompared": "Compared two versions",
  "plan.draftOpened": "Opened a draft to edit",
  "plan.draftViewed": "Viewed the draft",
  "plan.draftSaved": "Saved a section of the draft",
  "plan.draftRebased": "Combined the draft with a newer version",
  "plan.conflictViewed": "Viewed changes made by someone else",
  "plan.published": "Published the plan",
  "plan.cancelled": "Cancelled the plan",
  "plan.reviewListViewed": "Viewed plans due for review",
  "plan.breakGlassPrompted": "Was asked why they need the plan",
  "plan.breakGlassGranted": "Gave a reason to see the plan",
  "plan.accessLogViewed": "Viewed who has looked at the plan",
  "changeRequest.created": "Asked for a change to their plan",
  "changeRequest.listViewed": "Viewed requests for changes",
  "admin.users.list": "Viewed user accounts",
  "admin.users.deactivate": "Switched off a user account",
  "admin.audit.searched": "Searched the audit trail",
  "admin.audit.exported": "Downloaded the audit trail",
  "apiClient.listed": "Viewed API clients",
  "apiClient.created": "Registered an API client",
  "apiClient.rotated": "Replaced an API client's token",
  "apiClient.revoked": "Revoked an API client",
};

/** "Viewed the emergency summary" for "plan.viewed"; an unknown name as it is. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(auditActionLabels, action) ? auditActionLabels[action] : action;
}
