import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { listUsers } from "@/lib/accounts/list-users";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireActor } from "@/lib/session";
import { orPageError } from "../../../_edge/page-errors";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const actor = await requireActor();
  const users = await orPageError(listUsers(await getDb(), actor));
  const locale = (await getLocale()) as Locale;
  const [t, tRoles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {users.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("email")}</Th>
              <Th>{t("roles")}</Th>
              <Th>{t("status")}</Th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <Td className="font-medium">{user.name}</Td>
                <Td>{user.email}</Td>
                <Td>
                  <ul>
                    {user.memberships.map((membership, index) => {
                      const scope = membership.countryName ?? membership.agencyShortName;
                      return (
                        <li key={index}>
                          {tRoles(membership.role)} · {scope ? localized(scope, locale) : t("everywhere")}
                        </li>
                      );
                    })}
                  </ul>
                </Td>
                <Td>
                  {user.active ? (
                    <Badge tone="success" symbol="●">
                      {t("active")}
                    </Badge>
                  ) : (
                    <Badge tone="muted" symbol="○">
                      {t("inactive")}
                    </Badge>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
