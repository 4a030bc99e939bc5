import { grantFor, isAllowed, type Action, type PolicySubject } from "./policy";

export interface NavigationItem {
  href: string;
  label: string;
}

interface Entry extends NavigationItem {
  /** The policy action the page needs (lib/domain/policy.ts): the link shows only to those allowed it. */
  action: Action;
  /**
   * "own": only for people whose grant is their own record (the patient's pages); "acting-for": people
   * who act for someone; "care-team": only for a care home's staff.
   */
  scope?: "own" | "any" | "acting-for" | "care-team";
}

// In the order they appear. The pages themselves check the policy again: a link is a convenience, never the control.
const entries: Entry[] = [
  { href: "/residents", label: "Residents", action: "patient.search", scope: "care-team" },
  { href: "/patients/search", label: "Find a patient", action: "patient.search" },
  { href: "/patients/new", label: "Add a patient", action: "plan.edit" },
  { href: "/", label: "My plan", action: "plan.viewEmergency", scope: "own" },
  { href: "/my-plan/change", label: "Ask for a change", action: "changeRequest.create", scope: "own" },
  { href: "/my-plan/access", label: "Who has looked", action: "plan.viewAccessLog", scope: "own" },
  { href: "/acting-for", label: "People you act for", action: "plan.viewEmergency", scope: "acting-for" },
  { href: "/admin/organisations", label: "Organisations", action: "organisation.manage" },
  { href: "/admin/users", label: "Users", action: "user.manage" },
  { href: "/admin/api-clients", label: "API clients", action: "admin.manage" },
  { href: "/admin/audit", label: "Audit trail", action: "admin.manage" },
];

/** The header's links for this person: what the policy lets their role do, nothing else. */
export function navigationFor(actor: PolicySubject): NavigationItem[] {
  const own = (e: Entry) => grantFor(actor.role, e.action) === "own";
  return entries
    .filter((e) => {
      if (!isAllowed(actor, e.action)) return false;
      if (e.scope === "acting-for") return own(e) && !!actor.actsFor?.length;
      if (e.scope === "care-team") return grantFor(actor.role, e.action) === "care-team";
      // The person's own pages need a record of their own (someone acting for others reaches theirs from the list).
      return own(e) === (e.scope === "own") && (e.scope !== "own" || !!actor.patientId);
    })
    .map(({ href, label }) => ({ href, label }));
}
