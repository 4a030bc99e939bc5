"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { formatTime } from "@/lib/domain/london-time";
import { usePlanStream, type PlanState, type StreamHealth } from "./usePlanStream";
import { Card } from "@/components/nhs/Card";
import Link from "next/link";

/**
 * Keeps an open plan current, and says so when it cannot. The server's stream sends the plan's
 * state token (version, status, death, last change) on open, after every change and after it
 * listens again; when it differs from the token this page was rendered with, the page reloads
 * its data (no full reload; a new version also says what changed). When the stream is silent
 * for 30 s, refused, or the server cannot hear changes, a warning stays at the top of the page
 * until the stream is back and the state has been re-read.
 * `announcement` ("Updated just now: ...") is read out by screen readers: its live region is on the
 * page from the first render, empty, because a region inserted together with its message is often
 * not announced at all.
 */
export function LiveUpdates({ patientId, version, token, announcement }: { patientId: string; version: number; token: string; announcement: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rendered = useRef({ version, token, pathname, search });
  useEffect(() => {
    rendered.current = { version, token, pathname, search };
  }, [version, token, pathname, search]);

  // The newest state the server read. Until the page shows it, the page is behind: say so.
  const [latest, setLatest] = useState<string | null>(null);
  const onState = useCallback(
    (state: PlanState) => {
      setLatest(state.token);
      const shown = rendered.current;
      if (state.token === shown.token) return;
      if (state.version > shown.version) {
        const next = new URLSearchParams(shown.search); // keeps the rest of the address
        next.set("changedFrom", String(shown.version));
        router.replace(`${shown.pathname}?${next}`, { scroll: false });
      } else router.refresh(); // cancelled, death recorded: same version, new state
    },
    [router],
  );
  const { health, lastCheckedAt } = usePlanStream(patientId, onState);
  const behind = latest !== null && latest !== token;
  // A refresh that has not arrived after 5 s is asked for again; the warning stays meanwhile.
  useEffect(() => {
    if (!behind) return;
    const again = setInterval(() => router.refresh(), 5_000);
    return () => clearInterval(again);
  }, [behind, router]);

  return (
    <>
      <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcement">
        {announcement}
      </div>
      <LiveWarning health={health} behind={behind} lastCheckedAt={lastCheckedAt} pathname={pathname} />
    </>
  );
}

function LiveWarning({ health, behind, lastCheckedAt, pathname }: { health: StreamHealth; behind: boolean; lastCheckedAt: Date; pathname: string }) {
  if (health.status === "live" && !behind) return null;
  if (health.status === "access-ended") {
    return (
      <Card variant="warning" role="alert" data-testid="live-warning" heading="You can no longer see this plan">
        <p className="nhsuk-card__description">
          Your access to this plan has ended. What is on this page may be out of date. <Link href="/">Go to your home page</Link>.
        </p>
      </Card>
    );
  }
  if (health.status === "signed-out") {
    const signIn = <a href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`}>sign in</a>;
    return (
      <Card variant="warning" role="alert" data-testid="live-warning" heading="You have been signed out">
        <p className="nhsuk-card__description">Sign in again to see live updates. This page will not change by itself: {signIn} before acting on this plan.</p>
      </Card>
    );
  }
  return (
    <Card
      variant="warning"
      role="alert"
      data-testid="live-warning"
      heading={health.status === "live" ? "This plan has changed: updating the page" : "Live updates have stopped"}
    >
      <p className="nhsuk-card__description">
        {health.status === "stale" && health.message ? `${health.message}. ` : ""}Last checked at {formatTime(lastCheckedAt)}. Reload before acting on this
        plan.
      </p>
    </Card>
  );
}
