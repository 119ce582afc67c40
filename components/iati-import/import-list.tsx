/** The past IATI imports, newest first: file, agency, who and when, state and activities, each a link to its page. */
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { IatiImportSummary } from "@/lib/iati/import/read-iati-imports";
import { iatiStateLooks } from "./looks";

export async function IatiImportList({ imports }: { imports: IatiImportSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("iatiImport"), getFormatter()]);
  const headings = [t("fileColumn"), t("agency"), t("uploadedBy"), t("uploadedAt"), t("stateColumn"), t("activitiesColumn")];
  return (
    <section aria-labelledby="iati-past-title">
      <h2 id="iati-past-title" className="mb-3 text-lg font-semibold">
        {t("pastTitle")}
      </h2>
      {imports.length === 0 ? (
        <EmptyState>{t("noImports")}</EmptyState>
      ) : (
        <Table caption={t("pastTitle")} headings={headings}>
          {imports.map((row) => (
            <tr key={row.id}>
              <Td label={headings[0]}>
                <Link href={`/support/import/iati/${row.id}`}>{row.fileName}</Link>
              </Td>
              <Td label={headings[1]}>{row.agencyAcronym}</Td>
              <Td label={headings[2]}>{row.createdByName}</Td>
              <Td label={headings[3]}>{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
              <Td label={headings[4]}>
                <Badge look={iatiStateLooks[row.state]}>{t(`state.${row.state}`)}</Badge>
              </Td>
              <Td label={headings[5]}>{row.state === "ready" || row.state === "applied" ? format.number(row.activityCount) : "—"}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
