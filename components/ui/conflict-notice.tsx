"use client";
/** After a CONFLICT: the version saved in the meantime, field by field, beside the form that keeps what was typed. */
import { type ReactNode, useId } from "react";

export type ConflictField = { label: string; value: string };

export function ConflictNotice({ heading, fields, note, children }: { heading: string; fields: ConflictField[]; note: string; children?: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict-notice">
      <h2 id={headingId} className="font-semibold">
        {heading}
      </h2>
      {children}
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {fields.map((field) => (
          <div key={field.label} className="contents">
            <dt className="text-amber-800">{field.label}</dt>
            <dd className="whitespace-pre-line">{field.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{note}</p>
    </section>
  );
}
