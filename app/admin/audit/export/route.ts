import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { toCsv } from "@/lib/domain/csv";
import { exportAudit } from "@/lib/server/admin/audit-search";
import { auditCriteriaFromQuery } from "@/lib/server/admin/audit-query";
import { answerForRoute } from "@/lib/server/error-mapping";
import { isAppError } from "@/lib/server/errors";
import { currentCaller } from "@/lib/server/session";

/** The audit search as CSV (UTC times), for privacy officers' own tools. */
export async function GET(request: Request) {
  try {
    const rows = await exportAudit.fromUntrusted(await currentCaller(), auditCriteriaFromQuery(new URL(request.url).searchParams));
    const csv = toCsv(
      [
        "time_utc",
        "action",
        "outcome",
        "user",
        "email",
        "role",
        "organisation",
        "ods_code",
        "patient_nhs_number",
        "plan_version",
        "reason",
        "break_glass",
        "ip",
        "subject_id",
        "subject",
      ],
      rows.map((r) => [
        r.at,
        r.action,
        r.outcome,
        r.actor?.name,
        r.actor?.email,
        r.role,
        r.organisation?.name,
        r.organisation?.odsCode,
        r.patient ? formatNhsNumber(r.patient.nhsNumber) : "",
        r.version,
        r.reason,
        r.breakGlass ? "yes" : "no",
        r.ip,
        r.subject?.id,
        r.subject?.name,
      ]),
    );
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="audit.csv"', "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (isAppError(e)) return answerForRoute(e);
    throw e;
  }
}
