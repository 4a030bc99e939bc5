import type { Metadata } from "next";
import { titled } from "@/lib/domain/page-title";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/server/auth/sessions";

export const metadata: Metadata = titled("Cookies");

/** True to lib/server/auth/options.ts (next-auth's cookies) and components/plan/useLocalCopy.ts (sessionStorage). */
export default function CookiesPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Cookies</h1>
        <p className="nhsuk-lede-text">
          Universal Care Plan only uses cookies that it needs to work. It does not use cookies for analytics or advertising, and it does not share them with
          anyone.
        </p>
        <p>
          Because these cookies are needed for the service to work, we do not ask for your permission to use them. You cannot switch them off and still sign in.
        </p>

        <h2>The session cookie</h2>
        <p>
          When you sign in, we put one cookie on your device that keeps you signed in. It is called <code>next-auth.session-token</code> (on a secure connection
          the name starts with <code>__Secure-</code>). It holds a signed, encrypted reference to your sign-in, not your care plan or anyone else&apos;s.
        </p>
        <p>
          It stops working after {SESSION_IDLE_SECONDS / 60} minutes without activity, and {SESSION_ABSOLUTE_SECONDS / 3600} hours after you signed in,
          whichever comes first. When you sign out, it stops working straight away on every device it was copied to.
        </p>

        <h2>Cookies used while you sign in</h2>
        <p>The sign-in page sets 2 short-lived cookies that are needed to sign you in safely:</p>
        <ul>
          <li>
            <code>next-auth.csrf-token</code> checks that the sign-in form was sent from this service and not from another website
          </li>
          <li>
            <code>next-auth.callback-url</code> remembers the page you were trying to open, so you go back to it after signing in
          </li>
        </ul>
        <p>If you sign in with NHS login or an NHS smartcard, those services set their own cookies on their own websites. Their cookie pages explain them.</p>

        <h2>Answers you have not saved yet</h2>
        <p>
          If you are writing a care plan, the answers you have typed but not yet saved are kept in your browser for this tab only (session storage, not a
          cookie), so they are not lost if your session ends. They are deleted when you save, when you sign out and when you close the tab.
        </p>

        <h2>No offline copies</h2>
        <p>
          You can add this service to a tablet&apos;s home screen, but it does not keep copies of care plans on the device. You always see the plan as it is
          now, or nothing.
        </p>
      </div>
    </div>
  );
}
