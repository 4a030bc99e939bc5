import type { Metadata } from "next";
import Link from "next/link";
import { titled } from "@/lib/domain/page-title";
import { serviceDesk } from "@/lib/domain/service-desk";

export const metadata: Metadata = titled("Contact us");

export default function ContactPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Contact us</h1>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>If someone needs medical help now, call 999 in an emergency, or call 111. Do not wait for a reply from us.</p>
        </div>

        <h2>If you have a care plan</h2>
        <p>
          Contact your GP surgery. They wrote your plan with you and can change it, explain it, or correct your details. You can also{" "}
          <Link href="/my-plan/change">ask for a change to your plan</Link> when you are signed in.
        </p>
        <p>
          To see who has looked at your plan, sign in and go to <Link href="/my-plan/access">who has looked at my plan</Link>. If you think someone looked at it
          who should not have, tell your GP surgery.
        </p>

        <h2>If you work in health or care</h2>
        <p>For help signing in, your account or your role, contact your organisation&apos;s IT service desk or the administrator who set up your account.</p>
        <p>If a care plan looks wrong, contact the GP surgery that wrote it. Its name is on the plan.</p>
        <p>
          Organisations using the service, and staff whose organisation cannot use it at the moment, can contact the {serviceDesk.name}: email{" "}
          <a href={`mailto:${serviceDesk.email}`}>{serviceDesk.email}</a> or call {serviceDesk.phone} ({serviceDesk.hours}).
        </p>

        <h2>Reporting a problem with this service</h2>
        <p>
          Tell your GP surgery (if you have a care plan) or your IT service desk (if you work in health or care). They will pass it to the team that runs
          Universal Care Plan for your area. This includes problems using the service with a screen reader, a keyboard or another assistive technology: our{" "}
          <Link href="/accessibility">accessibility statement</Link> says more.
        </p>
      </div>
    </div>
  );
}
