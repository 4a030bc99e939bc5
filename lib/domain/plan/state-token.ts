/**
 * What an open view must match to be current: the published version alone is not enough,
 * because cancelling a plan or recording a death changes what a paramedic must see without
 * a new version. Views, the live stream and FHIR ETags all compare this one token.
 */
export interface PlanState {
  version: number;
  status: string;
  /** The patient's date of death, if recorded. */
  dateOfDeath: Date | string | null;
  /** The last change to the plan row that readers see (publish, cancel, status). */
  changedAt: Date | string | null;
  /** Since when the person has withdrawn consent to share the plan (null or absent: shared). */
  sharingWithdrawnAt?: Date | string | null;
}

function stamp(value: Date | string | null): string {
  if (value === null) return "-";
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? "-" : ms.toString(36);
}

/** A withdrawal adds a part, so the tokens (and ETags) of shared plans are what they were before withdrawal existed. */
export function planStateToken(state: PlanState): string {
  const sharing = state.sharingWithdrawnAt ? `.w${stamp(state.sharingWithdrawnAt)}` : "";
  return `${state.version}.${state.status}.${stamp(state.dateOfDeath)}.${stamp(state.changedAt)}${sharing}`;
}
