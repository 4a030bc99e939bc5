"use client";

import { getSession } from "next-auth/react";
import { useEffect, useState } from "react";
import { Card } from "@/components/nhs/Card";

const WARN_BEFORE_SECONDS = 120;

/**
 * Warns two minutes before an idle session ends (the server's idle limit comes in as a prop),
 * and says plainly that typed answers are kept on this device if it does end.
 */
export function IdleWarning({ idleSeconds }: { idleSeconds: number }) {
  const [lastActive, setLastActive] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const touch = () => setLastActive(Date.now());
    const tick = window.setInterval(() => setNow(Date.now()), 10_000);
    window.addEventListener("keydown", touch, { passive: true });
    window.addEventListener("pointerdown", touch, { passive: true });
    return () => {
      window.clearInterval(tick);
      window.removeEventListener("keydown", touch);
      window.removeEventListener("pointerdown", touch);
    };
  }, []);

  const idle = (now - lastActive) / 1000;
  if (idle < idleSeconds - WARN_BEFORE_SECONDS) return null;
  const ended = idle >= idleSeconds;
  return (
    <Card variant="warning" role="alert" heading={ended ? "Your session may have ended" : "Your session will end soon"}>
      <p className="nhsuk-card__description">
        {ended
          ? "Your answers are kept on this device. Save the page: if you are asked to sign in, sign in and come back to this section to find them again."
          : "You will be signed out in 2 minutes if you do nothing. Your answers are kept on this device either way."}
      </p>
      {!ended && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => {
            void getSession();
            setLastActive(Date.now());
          }}
        >
          Stay signed in
        </button>
      )}
    </Card>
  );
}
