"use client";

import { Header, SkipLink } from "nhsuk-frontend";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { startNhsComponent } from "./useNhsModule";

/**
 * Starts nhsuk-frontend's scripts for the page's frame (header menu, skip link) on the first load
 * and after every client-side navigation: `initAll` once at load would miss a header that a
 * navigation renders anew. A header already started is skipped. Form components start their own
 * (ErrorSummary, PasswordInput); radios, checkboxes and character counts are React's (Choices, Textarea say why).
 */
export function NhsFrontend() {
  const pathname = usePathname();
  useEffect(() => {
    for (const root of document.querySelectorAll('[data-module="nhsuk-header"]')) startNhsComponent(Header, root);
    for (const root of document.querySelectorAll('[data-module="nhsuk-skip-link"]')) startNhsComponent(SkipLink, root);
  }, [pathname]);
  return null;
}
