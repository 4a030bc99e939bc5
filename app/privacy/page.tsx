import type { Metadata } from "next";
import Link from "next/link";
import { titled } from "@/lib/domain/page-title";
import { BREAK_GLASS_GRANT_HOURS } from "@/lib/domain/policy";

export const metadata: Metadata = titled("Privacy notice");

/** True to lib/domain/policy.ts (who sees what) and lib/server/audit.ts (what the audit trail records). */
export default function PrivacyPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Privacy notice</h1>
        <p className="nhsuk-lede-text">
          Universal Care Plan holds urgent and end-of-life care plans, so that the people who meet you in a crisis know what matters to you and what you want to
          happen.
        </p>
        <p>
          The organisation that runs this service for your area is responsible for your information (the data controller). We use it to give you care (direct
          care).
        </p>

        <h2>What we hold about you</h2>
        <ul>
          <li>your NHS number, name, date of birth, sex, address, phone number and GP surgery</li>
          <li>
            your care plan: the recommendations for emergency care and treatment (ReSPECT), the decision about CPR, what matters to you, where you would prefer
            to be cared for, the people to contact, your medicines, and how to get into your home
          </li>
          <li>every earlier version of your plan: a change makes a new version, and earlier versions are never changed</li>
          <li>changes you have asked for, and the date of death when it is recorded</li>
        </ul>

        <h2>Who can see your plan</h2>
        <ul>
          <li>GPs and nurses can read and update plans</li>
          <li>ambulance crews, NHS 111 clinicians and out-of-hours GPs can read the plan, including how to get into your home</li>
          <li>NHS 111 call handlers see a short summary only</li>
          <li>you can read your own plan, written in plain English, when you sign in with NHS login</li>
          <li>administrators can see the record of who looked at plans, to check it is used properly, but not the plans themselves</li>
        </ul>
        <p>
          Other organisations&apos; computer systems (for example an ambulance service&apos;s) can read plans only through a connection we register for them,
          for one role and one organisation, with the same rules as the people above.
        </p>
        <p>
          A GP or nurse who is not part of your care team must say why they need to see your plan before they can open it. Their reason is recorded and checked
          by an administrator. It lasts for {BREAK_GLASS_GRANT_HOURS} hours.
        </p>

        <h2>The record of who has looked</h2>
        <p>
          Every time someone opens, changes or searches for a plan, we record who they are, their role, their organisation, the time, the reason they gave and
          the internet address they used. Refusals are recorded too. This record cannot be changed or deleted, not even by administrators.
        </p>
        <p>
          You can see who has looked at your plan: sign in and go to <Link href="/my-plan/access">who has looked at my plan</Link>.
        </p>

        <h2>People who use the service at work</h2>
        <p>For staff accounts we hold your name, email address, role and organisation, when you last signed in, and the record of what you did.</p>

        <h2>Your rights</h2>
        <p>
          You can ask to see the information we hold about you, and ask for it to be corrected. Contact your GP surgery: they wrote your plan with you. You can
          also <Link href="/my-plan/change">ask for a change to your plan</Link> here.
        </p>
        <p>
          If you are unhappy with how your information is used, tell your GP surgery first. You can also complain to the Information Commissioner&apos;s Office
          (ICO) at ico.org.uk.
        </p>

        <h2>Cookies</h2>
        <p>
          We use only the cookies needed to keep you signed in. Our <Link href="/cookies">cookies page</Link> lists them.
        </p>
      </div>
    </div>
  );
}
