/**
 * Every action the audit trail records: its stored name (never renamed: old rows keep it),
 * whether it is a read of a person's record or plan, and what administrators see it called.
 * `read` is what "Who has looked at my plan" lists: opening the record or the plan's content.
 * Searches, status checks, live-update re-checks and the break-glass prompt are not reads of it.
 */
const definitions = {
  signIn: { name: "auth.signIn", read: false, label: "Signed in" },
  signOut: { name: "auth.signOut", read: false, label: "Signed out" },
  apiAuthenticate: { name: "api.authenticate", read: false, label: "API client signed in" },
  patientSearched: { name: "patient.search", read: false, label: "Searched for a patient" },
  patientViewed: { name: "patient.view", read: true, label: "Viewed the patient's details" },
  patientAdded: { name: "patient.added", read: false, label: "Added a patient" },
  deathRecorded: { name: "patient.deathRecorded", read: false, label: "Recorded a death" },
  planViewed: { name: "plan.viewed", read: true, label: "Viewed the emergency summary" },
  planWatched: { name: "plan.watched", read: false, label: "Received a live update of the plan" },
  planStatusViewed: { name: "plan.statusViewed", read: false, label: "Checked the plan's status" },
  historyViewed: { name: "plan.historyViewed", read: true, label: "Viewed the version history" },
  versionsCompared: { name: "plan.versionsCompared", read: true, label: "Compared two versions" },
  draftOpened: { name: "plan.draftOpened", read: true, label: "Opened a draft to edit" },
  draftViewed: { name: "plan.draftViewed", read: true, label: "Viewed the draft" },
  draftSaved: { name: "plan.draftSaved", read: false, label: "Saved a section of the draft" },
  draftRebased: { name: "plan.draftRebased", read: false, label: "Combined the draft with a newer version" },
  conflictViewed: { name: "plan.conflictViewed", read: true, label: "Viewed changes made by someone else" },
  planPublished: { name: "plan.published", read: false, label: "Published the plan" },
  planCancelled: { name: "plan.cancelled", read: false, label: "Cancelled the plan" },
  reviewListViewed: { name: "plan.reviewListViewed", read: false, label: "Viewed plans due for review" },
  accessLogViewed: { name: "plan.accessLogViewed", read: false, label: "Viewed who has looked at the plan" },
  breakGlassPrompted: { name: "plan.breakGlassPrompted", read: false, label: "Was asked why they need the plan" },
  breakGlassGranted: { name: "plan.breakGlassGranted", read: false, label: "Gave a reason to see the plan" },
  sharingWithdrawn: { name: "consent.withdrawn", read: false, label: "Recorded that the person withdrew consent to share their plan" },
  sharingRestored: { name: "consent.given", read: false, label: "Recorded that the person agreed to share their plan again" },
  sharingViewed: { name: "consent.viewed", read: false, label: "Checked whether the plan is shared" },
  consentRead: { name: "consent.read", read: true, label: "Read the person's consent to share" },
  changeRequested: { name: "changeRequest.created", read: false, label: "Asked for a change to their plan" },
  changeRequestsViewed: { name: "changeRequest.listViewed", read: false, label: "Viewed requests for changes" },
  changeRequestOpened: { name: "changeRequest.opened", read: false, label: "Opened a request for a change" },
  changeRequestAnswered: { name: "changeRequest.answered", read: false, label: "Answered a request for a change" },
  ownChangeRequestsViewed: { name: "changeRequest.ownListViewed", read: false, label: "Viewed their requests for changes" },
  proxyLinksViewed: { name: "proxy.linksViewed", read: false, label: "Viewed who can act for the person" },
  proxyLinkRecorded: { name: "proxy.linkRecorded", read: false, label: "Recorded someone who can act for the person" },
  proxyLinkEnded: { name: "proxy.linkEnded", read: false, label: "Ended someone's access to act for the person" },
  actingForListed: { name: "proxy.actingForListed", read: false, label: "Viewed the people they act for" },
  usersListed: { name: "admin.users.list", read: false, label: "Viewed user accounts" },
  userDeactivated: { name: "admin.users.deactivate", read: false, label: "Switched off a user account" },
  userViewed: { name: "admin.users.view", read: false, label: "Viewed a user account" },
  userCreated: { name: "admin.users.create", read: false, label: "Added a user account" },
  userRoleChanged: { name: "admin.users.roleChanged", read: false, label: "Changed a user's role" },
  userReactivated: { name: "admin.users.reactivate", read: false, label: "Switched a user account back on" },
  passwordResetIssued: { name: "admin.users.passwordResetIssued", read: false, label: "Made a one-time link to set a password" },
  passwordResetUsed: { name: "auth.passwordReset", read: false, label: "Set a password with a one-time link" },
  usersImportChecked: { name: "admin.users.importChecked", read: false, label: "Checked a file of users to import" },
  usersImported: { name: "admin.users.imported", read: false, label: "Imported user accounts from a file" },
  auditSearched: { name: "admin.audit.searched", read: false, label: "Searched the audit trail" },
  auditExported: { name: "admin.audit.exported", read: false, label: "Downloaded the audit trail" },
  apiClientCreated: { name: "apiClient.created", read: false, label: "Registered an API client" },
  apiClientRevoked: { name: "apiClient.revoked", read: false, label: "Revoked an API client" },
  apiClientRotated: { name: "apiClient.rotated", read: false, label: "Replaced an API client's token" },
  apiClientsListed: { name: "apiClient.listed", read: false, label: "Viewed API clients" },
  careTeamViewed: { name: "careTeam.viewed", read: true, label: "Viewed the care team" },
  careTeamMemberAdded: { name: "careTeam.memberAdded", read: false, label: "Added an organisation to the care team" },
  careTeamMemberEnded: { name: "careTeam.memberEnded", read: false, label: "Ended an organisation's place in the care team" },
  careTeamPatientsListed: { name: "patient.careTeamListed", read: false, label: "Viewed the list of residents" },
  organisationsListed: { name: "organisation.listed", read: false, label: "Viewed organisations" },
  organisationViewed: { name: "organisation.viewed", read: false, label: "Viewed an organisation" },
  organisationAdded: { name: "organisation.added", read: false, label: "Added an organisation" },
  organisationUpdated: { name: "organisation.updated", read: false, label: "Changed an organisation's details" },
  organisationSuspended: { name: "organisation.suspended", read: false, label: "Suspended an organisation" },
  organisationReinstated: { name: "organisation.reinstated", read: false, label: "Reinstated an organisation" },
  organisationImportPreviewed: { name: "organisation.importPreviewed", read: false, label: "Checked an organisation file before importing it" },
  organisationsImported: { name: "organisation.imported", read: false, label: "Imported organisations from a file" },
} as const satisfies Record<string, { name: string; read: boolean; label: string }>;

type Definitions = typeof definitions;
export type AuditAction = Definitions[keyof Definitions]["name"];

/** The stored names, by what they are: `auditActions.planViewed` is "plan.viewed". */
export const auditActions = Object.fromEntries(Object.entries(definitions).map(([key, d]) => [key, d.name])) as {
  [K in keyof Definitions]: Definitions[K]["name"];
};

/** The reads of a person's record: "Who has looked at my plan" lists these. */
export const readAuditActions: readonly AuditAction[] = Object.values(definitions)
  .filter((d) => d.read)
  .map((d) => d.name);

const labels = new Map<string, string>(Object.values(definitions).map((d) => [d.name, d.label]));

/** The plain-English name of a stored action (an unknown one, from an older release, as stored). */
export function auditActionLabel(name: string): string {
  return labels.get(name) ?? name;
}
