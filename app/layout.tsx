import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./app.css";
import { SessionKeepAlive } from "@/components/auth/SessionKeepAlive";
import { Footer } from "@/components/layout/Footer";
import { Header } from "@/components/layout/Header";
import { pageTitle, SERVICE_NAME } from "@/lib/domain/page-title";
import { NHS_BLUE } from "@/lib/domain/web-app";
import { nhsCssHref, nhsImageHref } from "@/lib/server/nhs-assets";
import { NhsFrontend } from "@/components/nhs/NhsFrontend";
import { nonceOf } from "@/lib/server/content-security-policy";
import { currentCaller } from "@/lib/server/session";

// Every page sets its own full title (lib/domain/page-title.ts); this is the fallback. The icons are
// nhsuk-frontend's own, at their versioned addresses (lib/server/nhs-assets.ts); app/manifest.ts adds the app icons.
export function generateMetadata(): Metadata {
  return {
    title: { default: pageTitle(SERVICE_NAME), template: pageTitle("%s") },
    description: "Urgent and end-of-life care plans, shared with the people who meet the patient in a crisis.",
    icons: {
      icon: [
        { url: nhsImageHref("favicon.ico"), sizes: "48x48" },
        { url: nhsImageHref("favicon.svg"), type: "image/svg+xml", sizes: "any" },
      ],
      apple: [{ url: nhsImageHref("nhsuk-icon-180.png"), sizes: "180x180" }],
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: NHS_BLUE };

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
        {/* Served by app/assets/nhsuk-frontend.css, not bundled (lib/server/nhs-assets.ts says why). */}
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
