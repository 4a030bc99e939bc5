import type { ReactNode } from "react";

interface TableRow {
  key: string;
  cells: ReactNode[];
}

/**
 * NHS responsive table: columns on wide screens, one labelled block per row on a phone. The
 * explicit roles are 10.x's: the phone layout's display:block drops table semantics in some browsers.
 */
export function ResponsiveTable({ id, caption, headers, rows }: { id?: string; caption: string; headers: string[]; rows: TableRow[] }) {
  return (
    <table id={id} className="nhsuk-table nhsuk-table--responsive ucp-results" role="table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- kept for the phone layout (see above) */}
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {headers.map((h) => (
            <th key={h} className="nhsuk-table__header" role="columnheader" scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="nhsuk-table__row" role="row">
            {row.cells.map((cell, i) => (
              // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- kept for the phone layout (see above)
              <td key={headers[i]} className="nhsuk-table__cell" role="cell">
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {headers[i]}{" "}
                </span>
                <span>{cell}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
