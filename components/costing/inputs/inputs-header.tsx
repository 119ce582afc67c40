/** The header of each costing input screen: its title and introduction under the way back (country › costing › …). */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import type { LocalizedText } from "@/db/schema/values";

export async function InputsHeader({
  country,
  title,
  intro,
  trail = [],
}: {
  country: { code: string; name: LocalizedText };
  title: string;
  intro?: ReactNode;
  /** Pages between the costing and this one (the population page, above a year's). */
  trail?: { href: string; label: string }[];
}) {
  return (
    <PageHeader title={title} intro={intro}>
      <CostingBreadcrumb country={country} trail={trail} />
    </PageHeader>
  );
}

/** What an input screen shows before the costing's frame is set: the frame comes first, with the way to it for writers. */
export async function FrameFirst({ countryCode, mayWrite }: { countryCode: string; mayWrite: boolean }) {
  const t = await getTranslations("costingInputs");
  const action = mayWrite ? (
    <Link href={`/countries/${countryCode}/costing/frame`} className={buttonClassName()}>
      {t("frameFirstLink")}
    </Link>
  ) : undefined;
  return <EmptyState action={action}>{mayWrite ? t("frameFirst") : t("noCostingYet")}</EmptyState>;
}
