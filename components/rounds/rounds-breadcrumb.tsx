/** Where a reporting round's page sits: the rounds, then the round (and the country, on a country's report). */
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export async function RoundsBreadcrumb({ trail = [] }: { trail?: { href: string; label: string }[] }) {
  const t = await getTranslations("rounds");
  return <Breadcrumb label={t("breadcrumb")} links={[{ href: "/rounds", label: t("title") }, ...trail]} />;
}
