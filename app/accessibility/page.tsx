import type { Metadata } from "next";
import Link from "next/link";
import { titled } from "@/lib/domain/page-title";

export const metadata: Metadata = titled("Accessibility statement for Universal Care Plan");

/** After the NHS service manual's accessibility statement template. Keep "How we tested" true to e2e/. */
export default function AccessibilityPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement for Universal Care Plan</h1>
        <p>
          This statement applies to the Universal Care Plan service, used by GPs, nurses, ambulance crews, NHS 111, out-of-hours GPs and people with a care
          plan.
        </p>

        <h2>Using this service</h2>
        <p>We want as many people as possible to be able to use this service. For example, you should be able to:</p>
        <ul>
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use the whole service with just a keyboard</li>
          <li>use most of the service with speech recognition software</li>
          <li>listen to most of the service with a screen reader</li>
        </ul>
        <p>We have also made the text as simple as possible to understand.</p>
        <p>AbilityNet has advice on making your device easier to use if you have a disability.</p>

        <h2>How accessible this service is</h2>
        <p>
          We know of no part of this service that fails the standard below. It has not yet been checked by disabled users or by an independent accessibility
          audit, so some problems may not have been found.
        </p>

        <h2>Feedback and contact information</h2>
        <p>
          If you need information from this service in a different format, such as large print or easy read, contact your GP surgery. If you work in health or
          care, contact your IT service desk.
        </p>

        <h2>Reporting accessibility problems with this service</h2>
        <p>
          We are always looking to improve the accessibility of this service. If you find a problem that is not listed on this page, or you think we are not
          meeting accessibility requirements, tell your GP surgery or your IT service desk and say it is about Universal Care Plan. They will pass it to the
          team that runs the service. The <Link href="/contact">contact page</Link> has more.
        </p>

        <h2>Enforcement procedure</h2>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the accessibility regulations). If you are not happy with how we respond to your complaint, contact the Equality
          Advisory and Support Service (EASS).
        </p>

        <h2>Technical information about this service&apos;s accessibility</h2>
        <p>We are committed to making this service accessible, in accordance with the accessibility regulations.</p>

        <h3>Compliance status</h3>
        <p>
          We aim for this service to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard. It is built with the NHS design system, and
          we test it on every change. Until it has been independently audited, we describe it as partially compliant.
        </p>

        <h3>Non-accessible content</h3>
        <p>We do not know of any content that is not accessible. If you find some, please tell us.</p>

        <h2>How we tested this service</h2>
        <p>Every change to the service is tested automatically before it is released:</p>
        <ul>
          <li>every page, for every role, is checked against WCAG 2.2 A and AA with the axe accessibility checker</li>
          <li>
            an ambulance crew finding a patient and reading their CPR decision, and a GP updating and publishing a plan, are done with the keyboard only,
            checking that you can always see where you are on the page
          </li>
          <li>
            the emergency summary and the plan&apos;s questions are checked at 320 pixels wide (the same as 400% zoom) for text that would need scrolling
            sideways
          </li>
          <li>live updates to an open plan are checked to be announced to screen readers</li>
        </ul>

        <h2>What we are doing to improve accessibility</h2>
        <p>We plan to have the service tested by disabled users, including screen reader and speech recognition users, and audited against WCAG 2.2 AA.</p>

        <h2>Preparation of this accessibility statement</h2>
        <p>This statement was prepared on 1 December 2026. It was last reviewed on 1 December 2026.</p>
      </div>
    </div>
  );
}
