import { sections } from "@/lib/domain/plan";
import { splitPlanPath } from "@/lib/domain/plan/form-paths";

/** After combining two people's changes: the answers both changed, where this person's were kept. */
export function BothChanged({ paths }: { paths: string[] }) {
  const labels = paths.slice(0, 50).map((p) => {
    const at = splitPlanPath(p);
    return at ? `${sections[at.section].title}: ${sections[at.section].labels[at.path.replace(/\.\d+/g, "")]?.label ?? at.path}` : p;
  });
  return (
    <div className="nhsuk-inset-text">
      <p>You and the other person both changed these answers. Yours have been kept: check them before publishing.</p>
      <ul>
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </div>
  );
}
