"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps an open plan current: when a new version is published the page reloads its data
 * (no full reload) and says what changed. After a dropped connection the browser reconnects
 * and the server's "ready" tells us the current version, so a missed publish is caught too.
 */
export function LiveUpdates({ patientId, version }: { patientId: string; version: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    const source = new EventSource(`/api/patients/${patientId}/events`);
    const check = (event: MessageEvent<string>) => {
      const latest = (JSON.parse(event.data) as { version: number }).version;
      if (latest <= version) return;
      const next = new URLSearchParams(search); // keeps a break-glass reason
      next.set("changedFrom", String(version));
      router.replace(`${pathname}?${next}`, { scroll: false });
    };
    source.addEventListener("ready", check);
    source.addEventListener("published", check);
    return () => source.close();
  }, [patientId, version, pathname, search, router]);
  return null;
}
