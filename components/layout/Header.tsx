import Link from "next/link";
import { navigationFor } from "@/lib/domain/navigation";
import { SERVICE_NAME } from "@/lib/domain/page-title";
import { roleLabels } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/actor";
import { SignOutButton } from "../auth/SignOutButton";
import { HeaderNavigation } from "./HeaderNavigation";
import { NhsLogo } from "./NhsLogo";

/** nhsuk-frontend 10's header: the service, who is signed in, and the pages their role may use. */
export function Header({ actor }: { actor: Actor | null }) {
  return (
    <header className="nhsuk-header" data-module="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" href="/" aria-label={`NHS ${SERVICE_NAME} homepage`}>
            <NhsLogo />
            <span className="nhsuk-header__service-name">{SERVICE_NAME}</span>
          </Link>
        </div>
        {actor && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item" data-testid="signed-in-user">
                <span className="nhsuk-header__account-text">
                  {actor.name}, {roleLabels[actor.role]}
                  {actor.organisationName ? `, ${actor.organisationName}` : ""}
                </span>
              </li>
              <li className="nhsuk-header__account-item">
                <SignOutButton />
              </li>
            </ul>
          </nav>
        )}
      </div>
      {actor && <HeaderNavigation items={navigationFor(actor)} />}
    </header>
  );
}
