import type { MetadataRoute } from "next";
import { SERVICE_NAME } from "@/lib/domain/page-title";
import { NHS_BLUE } from "@/lib/domain/web-app";
import { nhsImageHref } from "@/lib/server/nhs-assets";

// Read per request like every page (the icons' hashes come from node_modules at run time).
export const dynamic = "force-dynamic";

/**
 * The web app manifest, so a crew can add the service to an ambulance tablet's home screen and open
 * it full screen. There is deliberately no service worker: nothing about a patient is kept for
 * offline use, so an installed app always shows the plan as it is now, or nothing.
 * The icons are nhsuk-frontend's (lib/server/nhs-assets.ts), with the sizes and purposes it declares.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SERVICE_NAME,
    short_name: "Care Plan",
    description: "Urgent and end-of-life care plans, shared with the people who meet the patient in a crisis.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: NHS_BLUE,
    background_color: "#ffffff",
    icons: [
      { src: nhsImageHref("favicon.svg"), type: "image/svg+xml", sizes: "any", purpose: "any" },
      { src: nhsImageHref("nhsuk-icon-192.png"), type: "image/png", sizes: "192x192", purpose: "maskable" },
      { src: nhsImageHref("nhsuk-icon-512.png"), type: "image/png", sizes: "512x512", purpose: "maskable" },
      // Chrome's install check wants an "any" icon of 192 and 512 pixels as well as the maskable ones.
      { src: nhsImageHref("nhsuk-icon-192.png"), type: "image/png", sizes: "192x192", purpose: "any" },
      { src: nhsImageHref("nhsuk-icon-512.png"), type: "image/png", sizes: "512x512", purpose: "any" },
      { src: nhsImageHref("nhsuk-icon-mask.svg"), type: "image/svg+xml", sizes: "any", purpose: "monochrome" },
    ],
  };
}
