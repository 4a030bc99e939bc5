"use client";

import { useEffect, useRef } from "react";

export interface ErrorItem {
  /** id of the field the message is about, so the link moves focus there. */
  href: string;
  text: string;
}

/** NHS error summary: shown at the top of the page, focused so screen readers announce it. */
export function ErrorSummary({ errors, title = "There is a problem" }: { errors: ErrorItem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.text).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
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
  );
}
