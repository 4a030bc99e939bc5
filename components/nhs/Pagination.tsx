import Link from "next/link";

const arrows = {
  left: "M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z",
  right: "m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z",
};

function Arrow({ direction }: { direction: "left" | "right" }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d={arrows[direction]} />
    </svg>
  );
}

/** The address of another page of the same list: the query as it is, with its `page` replaced. */
function hrefFor(path: string, query: URLSearchParams, page: number): string {
  const next = new URLSearchParams(query);
  if (page === 1) next.delete("page");
  else next.set("page", String(page));
  const search = next.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * nhsuk-frontend 10's pagination, previous and next only (its "default" variant): the lists it
 * pages are newest first and are not counted, so "Previous" is newer and "Next" is older.
 */
export function Pagination({ path, query, page, hasNext, label }: { path: string; query: URLSearchParams; page: number; hasNext: boolean; label: string }) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={label}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {page > 1 && (
          <li className="nhsuk-pagination-item--previous">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" href={hrefFor(path, query, page - 1)} rel="prev">
              <span className="nhsuk-pagination__title">
                Previous<span className="nhsuk-u-visually-hidden"> page</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">Newer, page {page - 1}</span>
              <Arrow direction="left" />
            </Link>
          </li>
        )}
        {hasNext && (
          <li className="nhsuk-pagination-item--next">
            <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" href={hrefFor(path, query, page + 1)} rel="next">
              <span className="nhsuk-pagination__title">
                Next<span className="nhsuk-u-visually-hidden"> page</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">Older, page {page + 1}</span>
              <Arrow direction="right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
