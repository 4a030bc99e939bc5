"use client";

import { getSession } from "next-auth/react";
import { usePathname } from "next/navigation";
import { useEffect } from "react";

const MIN_INTERVAL_MS = 60_000;

/**
 * Sessions lapse after 15 minutes without activity. Pages render on the server, which
 * cannot refresh the session cookie, so activity here (navigation, typing, clicks)
 * refreshes it at most once a minute. An idle page sends nothing and lapses.
 */
export function SessionKeepAlive() {
  const pathname = usePathname();
  useEffect(() => {
    let last = 0;
    const touch = () => {
      if (Date.now() - last < MIN_INTERVAL_MS) return;
      last = Date.now();
      void getSession();
    };
    touch();
    const events = ["keydown", "pointerdown"] as const;
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, touch);
    };
  }, [pathname]);
  return null;
}
