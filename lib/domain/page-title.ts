export const SERVICE_NAME = "Universal Care Plan";

/**
 * A page's title: its h1, the service, then NHS (the NHS service manual's pattern), with
 * "Error: " in front while the page shows an error summary, so a screen reader user hears it
 * first. Server pages use `titled` (with `error` when they render with an error summary); the
 * error summary itself (components/nhs/ErrorSummary) puts it in front while it shows and takes
 * it away when it goes, so errors found in the browser and errors sent back by the server read the same.
 * Pages about one person give their purpose, not the person's name: titles stay in the
 * browser's history and tab list on shared devices (an ambulance tablet).
 */
export function pageTitle(h1: string, { error = false }: { error?: boolean } = {}): string {
  return withErrorPrefix(`${h1} – ${SERVICE_NAME} – NHS`, error);
}

const ERROR_PREFIX = "Error: ";

/** A title with "Error: " in front, or without it; never twice. */
export function withErrorPrefix(title: string, error: boolean): string {
  const bare = title.startsWith(ERROR_PREFIX) ? title.slice(ERROR_PREFIX.length) : title;
  return error ? ERROR_PREFIX + bare : bare;
}

/** The `metadata` (or `generateMetadata` result) for a page: its full title, not the layout's template. */
export function titled(h1: string, options?: { error?: boolean }): { title: { absolute: string } } {
  return { title: { absolute: pageTitle(h1, options) } };
}
