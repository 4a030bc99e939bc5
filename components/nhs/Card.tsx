import type { HTMLAttributes, ReactNode } from "react";

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, "className"> {
  /** "warning" is 10.x's warning callout (a card variant since 10.0); "feature" the feature card. */
  variant: "feature" | "warning";
  /** Left out for a one-line notice with no heading of its own. */
  heading?: ReactNode;
  /** The heading's own classes, e.g. a size. */
  headingClass?: string;
  className?: string;
  children?: ReactNode;
}

/** NHS.UK frontend 10 card, in its feature and warning variants (the old callout and feature classes are gone). */
export function Card({ variant, heading, headingClass, className, children, ...rest }: Props) {
  return (
    <div className={["nhsuk-card", `nhsuk-card--${variant}`, className].filter(Boolean).join(" ")} {...rest}>
      <div className="nhsuk-card__content">
        {heading !== undefined && (
          <h2 className={["nhsuk-card__heading", headingClass].filter(Boolean).join(" ")}>
            {variant === "warning" && <span className="nhsuk-u-visually-hidden">Important: </span>}
            {heading}
          </h2>
        )}
        {children}
      </div>
    </div>
  );
}
