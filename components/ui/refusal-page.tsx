import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ProblemPage } from "./problem-page";

/**
 * The 403 or 404 page. Inside the app shell it is part of the shell's main landmark; outside it (an unknown
 * address) it is the page's main landmark itself.
 */
export async function RefusalPage({ kind, insideShell }: { kind: "forbidden" | "notFound"; insideShell: boolean }) {
  const t = await getTranslations("errors");
  const page = <ProblemPage title={t(`${kind}Title`)} body={t(`${kind}Body`)} action={<Link href="/countries">{t("backToCountries")}</Link>} />;
  return insideShell ? page : (
    <main id="main" className="px-4">
      {page}
    </main>
  );
}
