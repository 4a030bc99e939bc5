import type { Metadata } from "next";
import { ActingForList } from "@/components/proxies/ActingForList";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { listActingFor } from "@/lib/server/proxies/acting-for";

export const metadata: Metadata = titled("People you act for");

/** The people the reader acts for (a proxy's home page shows the same). */
export default async function ActingForPage() {
  const caller = await signedInCaller("/acting-for");
  const people = caller.actor.actsFor?.length ? await forPage(() => listActingFor(caller, {}), "/acting-for") : [];
  return <ActingForList people={people} />;
}
