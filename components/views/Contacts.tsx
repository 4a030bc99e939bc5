import type { RoleView } from "@/lib/domain/plan";
import { show } from "./show";

function Phone({ number }: { number: string | null | undefined }) {
  if (!number) return <span>No phone number</span>;
  return <a href={`tel:${number.replace(/[^\d+]/g, "")}`}>{number}</a>;
}

/** Who to call, with numbers that dial when tapped. */
export function Contacts({ contacts, attorneys }: { contacts: RoleView["contacts"]; attorneys?: RoleView["capacityAndLegal"]["attorneys"] }) {
  const people = contacts.people ?? [];
  const professionals = contacts.professionals ?? [];
  return (
    <>
      {contacts.whoToCallFirst && (
        <p className="nhsuk-body-l">
          <strong>Call first:</strong> {contacts.whoToCallFirst}
        </p>
      )}
      <ul className="nhsuk-list nhsuk-list--border">
        {people.map((p, i) => (
          <li key={`p${i}`}>
            <strong>{p.name}</strong>, {[p.relationship, show("contacts.people.0.role", p.role)].filter(Boolean).join(", ")}: <Phone number={p.phone} />
          </li>
        ))}
        {(attorneys ?? []).map((a, i) => (
          <li key={`a${i}`}>
            <strong>{a.name}</strong>, lasting power of attorney (health and welfare){a.relationship ? `, ${a.relationship}` : ""}: <Phone number={a.phone} />
          </li>
        ))}
        {professionals.map((p, i) => (
          <li key={`k${i}`}>
            <strong>{p.name}</strong>, {[p.role, p.organisation].filter(Boolean).join(", ")}: <Phone number={p.phone} />
          </li>
        ))}
      </ul>
      {people.length + professionals.length + (attorneys?.length ?? 0) === 0 && <p>No contacts recorded.</p>}
    </>
  );
}
