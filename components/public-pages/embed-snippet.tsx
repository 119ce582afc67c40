/** The `<iframe>` code another site pastes to show a country's progress chart: selectable text, no script needed to copy it. */
import { getTranslations } from "next-intl/server";

export async function EmbedSnippet({ snippet, id = "embed-snippet" }: { snippet: string; id?: string }) {
  const t = await getTranslations("publicPages");
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {t("embedHeading")}
      </h2>
      <p className="text-sm text-slate-700">{t("embedHelp")}</p>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("embedCode")}
      </label>
      <textarea id={id} readOnly rows={3} value={snippet} className="w-full max-w-2xl rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900" />
    </section>
  );
}
