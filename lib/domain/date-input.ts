import { format, isValid, parseISO } from "date-fns";
import { z } from "zod";
import { londonDay } from "./london-time";

/**
 * Dates are typed as day / month / year boxes (NHS design system). This schema turns the
 * three boxes into an ISO date ("2025-02-28") with messages in the service manual's style.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

interface DateRules {
  /** Lower-case noun for messages, e.g. "date of birth". */
  label: string;
  mustBePast?: boolean;
  mustBeFuture?: boolean;
  earliestYear?: number;
}

const box = z.string().trim().max(4, "Too long");

export function isoFromParts(parts: DateParts): string | null {
  const [d, m, y] = [parts.day, parts.month, parts.year].map((p) => p.trim());
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = parseISO(iso);
  // parseISO accepts 2025-02-31 as invalid; the round trip rejects anything it normalised.
  return isValid(date) && format(date, "yyyy-MM-dd") === iso ? iso : null;
}

export function dateInput(rules: DateRules) {
  const { label } = rules;
  const Label = label[0].toUpperCase() + label.slice(1);
  return z.object({ day: box, month: box, year: box }).transform((parts, ctx) => {
    const missing = (["day", "month", "year"] as const).filter((k) => parts[k].trim() === "");
    if (missing.length === 3) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label}` });
      return z.NEVER;
    }
    if (missing.length > 0) {
      ctx.addIssue({ code: "custom", message: `${Label} must include a ${missing.join(" and ")}` });
      return z.NEVER;
    }
    const iso = isoFromParts(parts);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: `${Label} must be a real date` });
      return z.NEVER;
    }
    // Today is London's today, whatever the server's zone; ISO dates compare as strings.
    const today = londonDay();
    if (rules.mustBePast && iso > today) {
      ctx.addIssue({ code: "custom", message: `${Label} must be today or in the past` });
      return z.NEVER;
    }
    if (rules.mustBeFuture && iso <= today) {
      ctx.addIssue({ code: "custom", message: `${Label} must be in the future` });
      return z.NEVER;
    }
    if (Number(iso.slice(0, 4)) < (rules.earliestYear ?? 1900)) {
      ctx.addIssue({ code: "custom", message: `${Label} must be after ${rules.earliestYear ?? 1900}` });
      return z.NEVER;
    }
    return iso;
  });
}
