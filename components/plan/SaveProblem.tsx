import Link from "next/link";
import { sections, type SectionKey } from "@/lib/domain/plan";
import { Card } from "@/components/nhs/Card";

export type Problem = { kind: "error" | "conflict"; message: string } | { kind: "merged"; message: string; fields: string[] };

/** What went wrong with a save, said plainly; the answers always stay in the form. */
export function SaveProblem({ problem, section, conflictHref }: { problem: Problem; section: SectionKey; conflictHref: string }) {
  const labels = sections[section].labels;
  const heading =
    problem.kind === "merged"
      ? "Someone else changed the same answers"
      : problem.kind === "conflict"
        ? "Someone else changed this plan"
        : "Your answers were not saved";
  return (
    <Card variant="warning" role="alert" heading={heading}>
      {problem.kind === "merged" ? (
        <>
          <p className="nhsuk-card__description">
            Their other changes have been combined with yours and saved. You and they both changed these answers; yours have been kept. Check them, then save
            again:
          </p>
          <ul>
            {problem.fields.map((path) => (
              <li key={path}>{labels[path.replace(/\.\d+/g, "")]?.label ?? path}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="nhsuk-card__description">{problem.message}. Your answers are still here and kept on this device.</p>
          {problem.kind === "conflict" && (
            <p>
              <Link href={conflictHref}>See what changed</Link>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
