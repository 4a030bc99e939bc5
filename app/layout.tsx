import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./app.css";
import { SessionKeepAlive } from "@/components/auth/SessionKeepAlive";
import { Footer } from "@/components/layout/Footer";
import { Header, SERVICE_NAME } from "@/components/layout/Header";
import { NhsFrontend } from "@/components/nhs/NhsFrontend";
import { nonceOf } from "@/lib/server/content-security-policy";
import { nhsCssHref } from "@/lib/server/nhs-css";
import { currentCaller } from "@/lib/server/session";

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s - ${SERVICE_NAME}` },
  description: "Urgent and end-of-life care plans, shared with the people who meet the patient in a crisis.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** nhsuk-frontend's components start only where the browser supports ES modules (its template's snippet). */
const SUPPORTED = "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

// Every page depends on who is signed in: nothing is prerendered, so builds never open the database.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await currentCaller();
  const nonce = nonceOf((await headers()).get("content-security-policy")) ?? undefined;
  return (
    <html lang="en-GB">
      <head>
        {/* Served by app/assets/nhsuk-frontend.css, not bundled (lib/server/nhs-css.ts says why). */}
        <link rel="stylesheet" href={nhsCssHref()} />
      </head>
      {/* The class is added by this first script, as nhsuk-frontend 10's template does, before anything paints; the
          nonce is this response's, so the CSP needs no 'unsafe-inline'. React never sets body's class, so it keeps it. */}
      <body suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SUPPORTED }} />
        <NhsFrontend />
        <a className="nhsuk-skip-link" href="#maincontent" data-module="nhsuk-skip-link">
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
