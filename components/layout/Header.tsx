import Link from "next/link";
import { roleLabels } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/actor";
import { SignOutButton } from "../auth/SignOutButton";
import { NhsLogo } from "./NhsLogo";

export const SERVICE_NAME = "Universal Care Plan";

export function Header({ actor }: { actor: Actor | null }) {
  return (
    <header className="nhsuk-header" role="banner" data-module="nhsuk-header">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" href="/" aria-label={`${SERVICE_NAME} homepage`}>
            <NhsLogo />
          </Link>
          <Link className="nhsuk-header__service-name" href="/">
            {SERVICE_NAME}
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
    </header>
  );
}
