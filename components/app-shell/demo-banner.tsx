/** Says on every page, while the demonstration dataset is loaded, that what the page shows is invented (decision 2320). */
import { getTranslations } from "next-intl/server";

export async function DemoBanner() {
  const t = await getTranslations("demo");
  return (
    <p role="note" data-demo-banner="" className="border-b border-amber-300 bg-amber-50 px-4 py-1.5 text-center text-sm text-amber-950">
      <strong>{t("bannerTitle")}</strong> {t("bannerText")}
    </p>
  );
}
