/**
 * A record's history as a timeline, newest first, a counted page at a time: each entry says what was done (and to
 * what), who did it and when, and a line on what changed. The caller words each part in its own catalogue.
 */
import type { ReactNode } from "react";
import { NumberedPager } from "@/components/ui/pager";
import type { CountedPage } from "@/lib/paging";
import type { HistoryEntry } from "@/lib/progress/list-history";

export function HistoryList({
  history,
  headingId,
  heading,
  empty,
  pagesLabel,
  pageHref,
  what,
  byWhomWhen,
  describe,
}: {
  history: CountedPage<HistoryEntry>;
  headingId: string;
  heading: string;
  empty: string;
  pagesLabel: string;
  pageHref: (page: number) => string;
  /** What was done: the action's words, and what to where an entry names it. */
  what: (entry: HistoryEntry) => ReactNode;
  byWhomWhen: (entry: HistoryEntry) => string;
  /** What changed, in a line; blank for nothing more to say. */
  describe: (entry: HistoryEntry) => string;
}) {
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      {history.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
          {history.rows.map((entry) => {
            const change = describe(entry);
            return (
              <li key={entry.id}>
                <p>
                  {what(entry)} <span className="text-slate-600">{byWhomWhen(entry)}</span>
                </p>
                {change ? <p className="break-words whitespace-pre-line text-slate-600">{change}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      <NumberedPager place={history} label={pagesLabel} href={pageHref} />
    </section>
  );
}
