"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavigationItem } from "@/lib/domain/navigation";

/** nhsuk-frontend 10's header navigation; the link to the page shown is marked as current. */
export function HeaderNavigation({ items }: { items: NavigationItem[] }) {
  const pathname = usePathname();
  if (items.length === 0) return null;
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => {
            const current = pathname === item.href;
            return (
              <li key={item.href} className={`nhsuk-header__navigation-item${current ? " nhsuk-header__navigation-item--current" : ""}`}>
                <Link className="nhsuk-header__navigation-link" href={item.href} aria-current={current ? "page" : undefined}>
                  {item.label}
                </Link>
              </li>
            );
          })}
          {/* nhsuk-frontend's header script moves links that do not fit behind this button. */}
          <li className="nhsuk-header__menu" hidden>
            <button className="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false" type="button">
              <span className="nhsuk-u-visually-hidden">Browse </span>More
            </button>
          </li>
        </ul>
      </div>
    </nav>
  );
}
