import { NHS_NUMBER_SYSTEM } from "@/lib/domain/fhir";
import { isValidNhsNumber } from "@/lib/domain/nhs-number";

/** Parameters every interaction accepts. `_format` may only ask for JSON. */
const commonParams = new Set(["_format"]);
const jsonFormats = new Set(["json", "application/json", "application/fhir+json"]);

type ParamResult<T> = { ok: true; value: T } | { ok: false; status: 400 | 406; message: string };

/** Refuses unknown or repeated parameters: a search that silently ignores a filter returns the wrong patients. */
export function checkParams(params: URLSearchParams, allowed: string[]): ParamResult<null> {
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!allowed.includes(name) && !commonParams.has(name)) {
      const supported = allowed.length ? `Supported: ${allowed.join(", ")}` : "This interaction takes no search parameters";
      return { ok: false, status: 400, message: `Unknown search parameter "${name}". ${supported}` };
    }
    if (seen.has(name)) return { ok: false, status: 400, message: `Search parameter "${name}" given more than once` };
    seen.add(name);
    if (name === "_format" && !jsonFormats.has(value)) return { ok: false, status: 406, message: `Only JSON is supported (_format=${value})` };
  }
  return { ok: true, value: null };
}

/** `identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018` (or the bare number). */
export function nhsNumberFromIdentifier(value: string): ParamResult<string> {
  const bar = value.lastIndexOf("|");
  const system = bar >= 0 ? value.slice(0, bar) : null;
  const code = (bar >= 0 ? value.slice(bar + 1) : value).replace(/\s+/g, "");
  if (system !== null && system !== NHS_NUMBER_SYSTEM) {
    return { ok: false, status: 400, message: `Patients are searched by NHS number: identifier=${NHS_NUMBER_SYSTEM}|<NHS number>` };
  }
  if (!isValidNhsNumber(code)) return { ok: false, status: 400, message: `"${code}" is not a valid NHS number: 10 digits with a correct check digit` };
  return { ok: true, value: code };
}

/** `patient=<id>`, `patient=Patient/<id>` or the absolute form ending in Patient/<id>. */
export function patientIdFromReference(value: string): ParamResult<string> {
  const match = /^(?:.*\/)?(?:Patient\/)?([0-9a-fA-F-]{36})$/.exec(value.trim());
  if (!match || (value.includes("/") && !/(^|\/)Patient\/[0-9a-fA-F-]{36}$/.test(value.trim()))) {
    return { ok: false, status: 400, message: `"${value}" is not a patient reference: use Patient/<id>` };
  }
  return { ok: true, value: match[1].toLowerCase() };
}
