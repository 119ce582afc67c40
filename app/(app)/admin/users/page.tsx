import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { LocalizedText } from "@/db/schema";
import { listInvitations } from "@/lib/accounts/list-invitations";
import { listUsers } from "@/lib/accounts/list-users";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { SecondFactorRuleForm } from "@/components/admin/second-factor-rule-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { can } from "@/lib/permissions";
import { getSecondFactorRequirement } from "@/lib/second-factor/second-factor-status";
import { revokeInvitationAction, setSecondFactorRequirementAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

async function UsersPage() {
  const [users, invitations, secondFactorRule] = await loadPage(({ db, actor }) =>
    Promise.all([listUsers(db, actor), listInvitations(db, actor), can(actor, "settings.manage") ? getSecondFactorRequirement(db) : null]),
  );
  const locale = (await getLocale()) as Locale;
  const [t, tRoles, tSecondFactor, format] = await Promise.all([getTranslations("users"), getTranslations("roles"), getTranslations("secondFactor"), getFormatter()]);
  const scopeOf = (scope: LocalizedText | null) => (scope ? localized(scope, locale) : t("everywhere"));
  const now = new Date();

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/admin/users/invite" className={buttonClassName()}>{t("invite")}</Link>
        }
      />
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
                <Td className="font-medium">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                </Td>
                <Td label={t("email")}>{user.email}</Td>
                <Td label={t("roles")}>
                  <ul>
                    {user.memberships.map((membership, index) => (
                      <li key={index}>
                        {tRoles(membership.role)} · {scopeOf(membership.countryName ?? membership.agencyShortName)}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td label={t("status")}>
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

      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("invitations")}</h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("invitationsEmpty")}</p>
      ) : (
        <Table caption={t("invitations")}>
          <thead>
            <tr>
              <Th>{t("email")}</Th>
              <Th>{t("invitedAs")}</Th>
              <Th>{t("invitedBy")}</Th>
              <Th>{t("expires")}</Th>
              <Th>{t("status")}</Th>
              <Th>
                <span className="sr-only">{t("withdraw")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <Td>{invitation.email}</Td>
                <Td label={t("invitedAs")}>
                  {tRoles(invitation.role)} · {scopeOf(invitation.countryName ?? invitation.agencyShortName)}
                </Td>
                <Td label={t("invitedBy")}>{invitation.invitedBy}</Td>
                <Td label={t("expires")}>{format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td label={t("status")}>
                  {invitation.expiresAt > now ? (
                    <Badge tone="info" symbol="…">
                      {t("linkWaiting")}
                    </Badge>
                  ) : (
                    <Badge tone="muted" symbol="×">
                      {t("linkExpired")}
                    </Badge>
                  )}
                </Td>
                <Td>
                  <ActionButton
                    showSuccess
                    action={revokeInvitationAction}
                    fields={{ invitationId: invitation.id }}
                    label={t("withdraw")}
                    accessibleLabel={t("withdrawLabel", { email: invitation.email })}
                  />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {secondFactorRule ? (
        <section aria-labelledby="second-factor-rule-title" className="mt-8">
          <h2 id="second-factor-rule-title" className="mb-3 text-lg font-semibold">
            {tSecondFactor("ruleTitle")}
          </h2>
          <ClientMessages namespaces={["secondFactor", "common"]}>
            <SecondFactorRuleForm action={setSecondFactorRequirementAction} required={secondFactorRule.required} version={secondFactorRule.version} />
          </ClientMessages>
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(UsersPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
