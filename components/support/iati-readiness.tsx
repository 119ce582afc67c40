/** Says that an agency's activities cannot go to IATI until it has an IATI organisation identifier and type (decision 2140). */
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";

export async function IatiReadiness({ agency, editHref }: { agency: string; editHref?: string }) {
  const t = await getTranslations("iatiExport");
  return (
    <Alert title={t("notReadyTitle", { agency })}>
      <p>{t("notReadyBody")}</p>
      {editHref ? <p className="mt-1"><Link href={editHref}>{t("notReadyFix", { agency })}</Link></p> : null}
    </Alert>
  );
}
