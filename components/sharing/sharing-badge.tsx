/** Says who may see a milestone or evidence item, in words (never colour alone). */
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function SharingBadge({ level }: { level: "country" | "all" }) {
  const t = await getTranslations("sharing");
  return level === "all" ? (
    <Badge tone="info" symbol="◎">
      {t("badgeAll")}
    </Badge>
  ) : (
    <Badge tone="muted" symbol="▣">
      {t("badgeCountry")}
    </Badge>
  );
}
