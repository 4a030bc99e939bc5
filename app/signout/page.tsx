import type { Metadata } from "next";
import Link from "next/link";
import { titled } from "@/lib/domain/page-title";
import { currentCaller } from "@/lib/server/session";
import { ClearLocalCopies } from "@/components/auth/ClearLocalCopies";
import { SignOutButton } from "@/components/auth/SignOutButton";

export async function generateMetadata(): Promise<Metadata> {
  return titled((await currentCaller()).actor ? "Sign out" : "You have signed out");
}

export default async function SignOutPage() {
  const { actor } = await currentCaller();
  if (actor) {
    return (
      <>
        <h1>Sign out</h1>
        <p>You are signed in as {actor.name}.</p>
        <SignOutButton className="nhsuk-button" />
      </>
    );
  }
  return (
    <>
      <ClearLocalCopies />
      <h1>You have signed out</h1>
      <p>Close this window if you are using a shared computer.</p>
      <p>
        <Link href="/signin">Sign in again</Link>
      </p>
    </>
  );
}
