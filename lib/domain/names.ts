/**
 * A person's name, in one of two orders and nowhere built by hand. Clinicians' views (the patient
 * banner, lists of patients) put the family name first in capitals, as the NHS patient banner
 * guidance does, so two people with similar names are told apart at a glance; sentences use the
 * natural order.
 */
interface PersonName {
  givenName: string;
  familyName: string;
}

/** "OKAFOR, Margaret": the banner, headings and lists about a patient. */
export function bannerName(person: PersonName): string {
  return `${person.familyName.toUpperCase()}, ${person.givenName}`;
}

/** "Margaret Okafor": in a sentence ("Cancel the care plan for Margaret Okafor"). */
export function proseName(person: PersonName): string {
  return `${person.givenName} ${person.familyName}`;
}
