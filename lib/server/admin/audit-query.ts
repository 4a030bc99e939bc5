import { pageFromQuery } from "@/lib/domain/pagination";

/** The audit search form's query string, as the use case's input (shared by page and CSV export). */
export function auditCriteriaFromQuery(q: URLSearchParams) {
  const get = (k: string) => q.get(k) ?? "";
  return {
    nhsNumber: get("nhsNumber"),
    userEmail: get("userEmail"),
    odsCode: get("odsCode"),
    subject: get("subject"),
    from: { day: get("from-day"), month: get("from-month"), year: get("from-year") },
    to: { day: get("to-day"), month: get("to-month"), year: get("to-year") },
    breakGlassOnly: q.get("breakGlass") === "1",
    page: pageFromQuery(q.get("page") ?? undefined),
  };
}
