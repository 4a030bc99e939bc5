import { grantFor, isAllowed, type Action, type PolicySubject } from "./policy";

export interface NavigationItem {
  href: string;
  label: string;
}

interface Entry extends NavigationItem {
  /** The policy action the page needs (lib/domain/policy.ts): the link shows only to those allowed it. */
  action: Action;
  /** "own": only for people whose grant is their own record (the patient's pages). */
  scope?: "own" | "any";
}

// In the order they appear. The pages themselves check the policy again: a link is a convenience, never the control.
const entries: Entry[] = [
  { href: "/patients/search", label: "Find a patient", action: "patient.search" },
  { href: "/patients/new", label: "Add a patient", action: "plan.edit" },
  { href: "/", label: "My plan", action: "plan.viewEmergency", scope: "own" },
  { href: "/my-plan/change", label: "Ask for a change", action: "changeRequest.create", scope: "own" },
  { href: "/my-plan/access", label: "Who has looked", action: "plan.viewAccessLog", scope: "own" },
  { href: "/admin/organisations", label: "Organisations", action: "organisation.manage" },
  { href: "/admin/users", label: "Users", action: "user.manage" },
  { href: "/admin/api-clients", label: "API clients", action: "admin.manage" },
  { href: "/admin/audit", label: "Audit trail", action: "admin.manage" },
];

/** The header's links for this person: what the policy lets their role do, nothing else. */
export function navigationFor(actor: PolicySubject): NavigationItem[] {
  return entries
    .filter((e) => isAllowed(actor, e.action) && (grantFor(actor.role, e.action) === "own") === (e.scope === "own"))
    .map(({ href, label }) => ({ href, label }));
}
