import { describe, expect, it } from "vitest";
import { auditActionLabel, auditActions, readAuditActions } from "./audit-actions";

describe("audit actions", () => {
  it("the reads of a person's record are what 'who has looked at my plan' has always listed", () => {
    expect([...readAuditActions].sort()).toEqual(
      [
        "plan.viewed",
        "patient.view",
        "plan.historyViewed",
        "plan.versionsCompared",
        "plan.draftOpened",
        "plan.draftViewed",
        "plan.conflictViewed",
        // P4: a system reading the person's consents to share (FHIR Consent) reads their record.
        "consent.read",
        // P4: the care team page opens the person's record (who cares for them) as their record page does.
        "careTeam.viewed",
      ].sort(),
    );
    // Status checks, stream re-checks, searches and the break-glass prompt are not reads of the record.
    for (const name of [
      "plan.statusViewed",
      "plan.watched",
      "patient.search",
      "plan.breakGlassPrompted",
      "consent.viewed",
      "consent.withdrawn",
      "consent.given",
      "patient.careTeamListed",
      "careTeam.memberAdded",
    ])
      expect(readAuditActions).not.toContain(name);
  });

  it("each stored name is one action, with a plain-English label", () => {
    const names = Object.values(auditActions);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(auditActionLabel(name)).not.toBe(name);
    expect(auditActionLabel(auditActions.planPublished)).toBe("Published the plan");
    expect(auditActionLabel(auditActions.planViewed)).toBe("Viewed the emergency summary");
  });

  it("an unknown name (an older release's) is shown as stored", () => {
    expect(auditActionLabel("something.new")).toBe("something.new");
    expect(auditActionLabel("toString")).toBe("toString");
  });
});
