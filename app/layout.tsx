import type { Metadata, Viewport } from "next";
import "./app.css";
import { SessionKeepAlive } from "@/components/auth/SessionKeepAlive";
import { Footer } from "@/components/layout/Footer";
import { Header, SERVICE_NAME } from "@/components/layout/Header";
import { nhsCssHref } from "@/lib/server/nhs-css";
import { currentCaller } from "@/lib/server/session";

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s - ${SERVICE_NAME}` },
  description: "Urgent and end-of-life care plans, shared with the people who meet the patient in a crisis.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page depends on who is signed in: nothing is prerendered, so builds never open the database.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await currentCaller();
  return (
    <html lang="en-GB">
      <head>
        {/* Served by app/assets/nhsuk-frontend.css, not bundled (lib/server/nhs-css.ts says why). */}
        <link rel="stylesheet" href={nhsCssHref()} />
      </head>
      <body>
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <Header actor={actor} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
            {children}
          </main>
        </div>
        <Footer />
        {actor && <SessionKeepAlive />}
      </body>
    </html>
  );
}
