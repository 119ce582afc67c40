/**
 * An accepted report of a round, print-ready, drawn from the outline its Word document is written from
 * (lib/reports/round-report-outline.ts): facts, notes, then each section's paragraphs (a narrative in its own
 * language), table or empty sentence. `level` is its heading's: 1 alone on its page, 2 inside a round's document.
 */
import { clsx } from "clsx";
import { Table, Td, Th } from "@/components/ui/table";
import type { OutlineTable, ReportOutline } from "@/lib/reports/round-report-outline";

export function OutlineFacts({ facts }: { facts: ReportOutline["facts"] }) {
  return (
    <dl className="mb-4 grid gap-x-8 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OutlineTableView({ caption, table }: { caption: string; table: OutlineTable }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <Th key={column.label} className={column.numeric ? "text-right" : undefined}>
              {column.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {table.columns.map((column, index) => {
              const cell = row[index] ?? "";
              return (
                <Td key={column.label} label={index === 0 ? undefined : column.label} className={column.numeric ? "text-right tabular-nums" : undefined}>
                  {typeof cell === "string" ? cell : cell.map((line, lineIndex) => <span key={lineIndex} className={clsx("block", lineIndex > 0 && "text-xs text-slate-600")}>{line}</span>)}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ReportOutlineView({ outline, idPrefix, level }: { outline: ReportOutline; idPrefix: string; level: 1 | 2 }) {
  const Title = level === 1 ? "h1" : "h2";
  const SectionTitle = level === 1 ? "h2" : "h3";
  return (
    <article className={clsx("report", level === 2 && "mt-10 break-before-page")} aria-labelledby={`${idPrefix}-title`}>
      <Title id={`${idPrefix}-title`} className={clsx("mb-3 font-semibold tracking-tight text-slate-900", level === 1 ? "text-2xl" : "text-xl")}>
        {outline.title}
      </Title>
      <OutlineFacts facts={outline.facts} />
      {outline.notes.map((note) => (
        <p key={note} className="mb-2 text-sm text-slate-600">
          {note}
        </p>
      ))}
      {outline.sections.map((section) => (
        <section key={section.id} aria-labelledby={`${idPrefix}-${section.id}`} className="mt-6 break-inside-avoid-page">
          <SectionTitle id={`${idPrefix}-${section.id}`} className="mb-2 text-lg font-semibold">
            {section.title}
          </SectionTitle>
          {section.paragraphs.map((text, index) => (
            <p key={index} lang={section.lang ?? undefined} className="mb-2 whitespace-pre-line">
              {text}
            </p>
          ))}
          {section.table ? <OutlineTableView caption={section.title} table={section.table} /> : null}
          {section.empty ? <p className="text-sm text-slate-600">{section.empty}</p> : null}
        </section>
      ))}
    </article>
  );
}
