"use client";
/** After a CONFLICT: the version someone else saved, field by field, beside the form that keeps what was typed. */
import { useTranslations } from "next-intl";

export function ConflictNotice({ fields }: { fields: { label: string; value: string }[] }) {
  const t = useTranslations("support.form");
  return (
    <section aria-labelledby="conflict-title" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h2 id="conflict-title" className="font-semibold">
        {t("theirVersion")}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {fields.map((field) => (
          <div key={field.label} className="contents">
            <dt className="text-amber-800">{field.label}</dt>
            <dd className="whitespace-pre-line">{field.value || "—"}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{t("keepOrChange")}</p>
    </section>
  );
}
