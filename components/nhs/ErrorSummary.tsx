"use client";

import { ErrorSummary as NhsErrorSummary } from "nhsuk-frontend";
import { useEffect } from "react";
import { withErrorPrefix } from "@/lib/domain/page-title";
import { useNhsModule } from "./useNhsModule";

export interface ErrorItem {
  /** id of the field the message is about, so the link moves focus there. */
  href: string;
  text: string;
}

function Summary({ errors }: { errors: ErrorItem[] }) {
  // nhsuk-frontend's script focuses the summary when it starts and moves focus to the field
  // (scrolling its label or legend into view) when a link is followed; it adds no nodes.
  const ref = useNhsModule<HTMLDivElement>(NhsErrorSummary);
  // "Error: " in the title while the summary shows, whether the browser or the server found the errors.
  // A page the server rendered with errors has it already; withErrorPrefix never adds it twice.
  useEffect(() => {
    document.title = withErrorPrefix(document.title, true);
    return () => {
      document.title = withErrorPrefix(document.title, false);
    };
  }, []);
  return (
    <div className="nhsuk-error-summary" data-module="nhsuk-error-summary" ref={ref}>
      {/* role="alert" on a child, as 10.x has it, so focusing the summary does not cut the announcement short. */}
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">There is a problem</h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.href + e.text}>
                <a href={e.href}>{e.text}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * NHS error summary, in 10.x's markup: at the top of the form, only once something is wrong
 * (after a submit), headed "There is a problem". A new set of messages is a new summary, so it is
 * focused again.
 */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  if (errors.length === 0) return null;
  return <Summary key={errors.map((e) => e.text).join("|")} errors={errors} />;
}
