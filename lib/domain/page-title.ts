export const SERVICE_NAME = "Universal Care Plan";

/**
 * A page's title: its h1, the service, then NHS (the NHS service manual's pattern), with
 * "Error: " in front while the page shows an error summary, so a screen reader user hears it
 * first. Server pages use `titled`; client forms that show errors after a submit set
 * `document.title = pageTitle(h1, { error: true })`.
 * Pages about one person give their purpose, not the person's name: titles stay in the
 * browser's history and tab list on shared devices (an ambulance tablet).
 */
export function pageTitle(h1: string, { error = false }: { error?: boolean } = {}): string {
  return `${error ? "Error: " : ""}${h1} – ${SERVICE_NAME} – NHS`;
}

/** The `metadata` (or `generateMetadata` result) for a page: its full title, not the layout's template. */
export function titled(h1: string, options?: { error?: boolean }): { title: { absolute: string } } {
  return { title: { absolute: pageTitle(h1, options) } };
}
