import Link from "next/link";

/** The footer's pages: real pages about this service, readable signed out. */
const footerLinks = [
  { href: "/accessibility", label: "Accessibility statement" },
  { href: "/contact", label: "Contact us" },
  { href: "/cookies", label: "Cookies" },
  { href: "/privacy", label: "Privacy notice" },
] as const;

/** nhsuk-frontend 10's footer with support links. */
export function Footer() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {footerLinks.map((l) => (
              <li key={l.href} className="nhsuk-footer__list-item">
                <Link className="nhsuk-footer__list-item-link" href={l.href}>
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s">Universal Care Plan is open-source software. Demonstration data only: every patient shown here is made up.</p>
        </div>
      </div>
    </footer>
  );
}
