import type { Metadata } from "next";
import { MyPlan, ownPagePath } from "@/components/patient-view/MyPlan";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { ownPageSubject } from "@/lib/server/proxies/own-page-subject";
import { getPlanView } from "@/lib/server/views/plan-view";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, unknown>> }): Promise<Metadata> {
  return titled((await searchParams).for ? "Care plan" : "My care plan");
}

/** The person's own plan (the home page shows the same), or that of someone the reader acts for (`?for=<id>`). */
export default async function OwnPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const caller = await signedInCaller("/my-plan");
  const { patientId, actingFor } = ownPageSubject(caller.actor, await searchParams);
  const view = await forPage(() => getPlanView(caller, { patientId }), ownPagePath("/my-plan", actingFor));
  return <MyPlan view={view} actingFor={actingFor} alsoActsFor={!actingFor && !!caller.actor.actsFor?.length} />;
}
