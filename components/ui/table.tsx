import { clsx } from "clsx";
import { Link } from "@/components/ui/link";
import type { ComponentProps, ReactNode } from "react";

/**
 * A data table: scrolls within its box on a medium screen, and stacks its rows on a phone. With `headings`, it
 * writes its header row of plain column names and takes its body rows as children.
 */
export function Table({ caption, headings, children, className }: { caption: ReactNode; headings?: string[]; children: ReactNode; className?: string }) {
  return (
    <div className={clsx("ui-table", className)}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {headings ? (
          <>
            <thead>
              <tr>
                {headings.map((heading) => (
                  <Th key={heading}>{heading}</Th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </>
        ) : (
          children
        )}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={clsx("ui-th", className)} {...props} />;
}

/**
 * A cell; `label` names its column where the table stacks on a narrow screen (app/globals.css). Leave it out for
 * the cell that names the row (it heads its block) and for a cell of buttons that say what they do.
 */
export function Td({ className, label, ...props }: ComponentProps<"td"> & { label?: string }) {
  return <td className={clsx("ui-td", className)} data-label={label} {...props} />;
}

export type SortDirection = "asc" | "desc";

/**
 * A column header that sorts the table through the URL, so sorting works without JavaScript and a sorted
 * view can be shared.
 */
export function SortableTh({
  column,
  label,
  sort,
  dir,
  href,
  sortLabel,
}: {
  column: string;
  label: string;
  sort: string;
  dir: SortDirection;
  href: (params: { sort: string; dir: SortDirection }) => string;
  sortLabel: string;
}) {
  const active = sort === column;
  const nextDir: SortDirection = active && dir === "asc" ? "desc" : "asc";
  return (
    <Th aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={href({ sort: column, dir: nextDir })} className="inline-flex items-center gap-1 text-slate-700" aria-label={sortLabel}>
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500">
          {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </Th>
  );
}
