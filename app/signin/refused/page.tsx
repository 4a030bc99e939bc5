import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import type { RefusalReason } from "@/lib/server/auth/link-identity";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, pageParams } from "@/lib/server/page";

const pages: Record<RefusalReason, { title: string; body: string[] }> = {
  inactive: {
    title: "Your account has been switched off",
    body: [
      "Your Universal Care Plan account is no longer active, so you have not been signed in.",
      "If you think this is wrong, contact your administrator or GP surgery.",
    ],
  },
  "bad-claims": {
    title: "We could not read your sign-in details",
    body: [
      "The sign-in service sent details we could not use, so you have not been signed in.",
      "Try again later. If this keeps happening, contact your IT service desk or GP surgery.",
    ],
  },
  "weak-assurance": {
    title: "Your sign-in was not strong enough",
    body: [
      "The sign-in service did not confirm the level of security this service needs, so you have not been signed in.",
      "Staff: sign in again with your smartcard or another approved authenticator. Patients: try NHS login again. " +
        "If this keeps happening, contact your IT service desk or GP surgery.",
    ],
  },
  "nhs-number-missing": {
    title: "We need your NHS number to find your care plan",
    body: [
      "NHS login did not give us your NHS number, so we cannot find your care plan.",
      "Check that your NHS login has your NHS number (you can see it in the NHS App), then try again. If it still does not work, contact your GP surgery.",
    ],
  },
  "details-mismatch": {
    title: "Your details do not match our record",
    body: [
      "Your date of birth from NHS login does not match the record we hold, so we have not shown it.",
      "Contact your GP surgery so they can check your details.",
    ],
  },
  "linked-elsewhere": {
    title: "Your care plan is linked to another account",
    body: ["Your record is already linked to a different account, so we have not signed you in.", "Contact your GP surgery and they can help."],
  },
};

type Search = Promise<Record<string, string | string[] | undefined>>;

async function pageFor(searchParams: Search) {
  const { reason } = await checkedParams(searchParams, z.object({ reason: pageParams.queryText }));
  return reason && Object.hasOwn(pages, reason) ? pages[reason as RefusalReason] : pages["bad-claims"];
}

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return titled((await pageFor(searchParams)).title);
}

/** Where an NHS identity sign-in lands when it is refused: no session is made. */
export default async function RefusedPage({ searchParams }: { searchParams: Search }) {
  const page = await pageFor(searchParams);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{page.title}</h1>
        {page.body.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <p>
          <Link href="/signin">Back to sign in</Link>
        </p>
      </div>
    </div>
  );
}
