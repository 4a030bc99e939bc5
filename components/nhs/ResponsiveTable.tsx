import type { ReactNode } from "react";

interface TableRow {
  key: string;
  cells: ReactNode[];
}

/** NHS responsive table: columns on wide screens, one labelled block per row on a phone. */
export function ResponsiveTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: TableRow[] }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive ucp-results" role="table">
      <caption className="nhsuk-table__caption">{caption}</caption>
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
              <td key={headers[i]} className="nhsuk-table__cell" role="cell">
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
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
