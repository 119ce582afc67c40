import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { GrantRoleForm } from "@/components/admin/grant-role-form";
import { SignOutEverywhereForm } from "@/components/admin/sign-out-everywhere-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { PasswordResetForm } from "@/components/admin/password-reset-form";
import { TitledCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getUserAccount } from "@/lib/accounts/get-user-account";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { scopeOptions } from "../../scope-options";
import { isOneOf } from "@/lib/i18n/message-key";
import { can } from "@/lib/permissions";
import { getSecondFactorAccount, secondFactorHistoryActions } from "@/lib/second-factor/get-second-factor-account";
import { grantRoleAction, issuePasswordResetAction, resetSecondFactorAction, revokeRoleAction, setUserActiveAction, signOutEverywhereAction, unlinkIdentityAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const load = cache((id: string) =>
  loadPage(async ({ db, actor }) => {
    const account = await getUserAccount(db, actor, id);
    return { actor, account, secondFactor: await getSecondFactorAccount(db, actor, account.id) };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).account.name };
}

async function UserAccountPage({ params }: Props) {
  const { actor, account, secondFactor } = await load((await params).id);
  const locale = (await getLocale()) as Locale;
  const options = await loadPage(({ db }) => scopeOptions(db, actor, locale));
  const [t, tSso, tUsers, tRoles, tNav, tSecondFactor, format] = await Promise.all([
    getTranslations("adminUsers"),
    getTranslations("sso"),
    getTranslations("users"),
    getTranslations("roles"),
    getTranslations("nav"),
    getTranslations("secondFactor"),
    getFormatter(),
  ]);
  const change = { userId: account.id, version: account.version };
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });

  return (
    <>
      <PageHeader title={account.name} intro={account.email}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/users">{t("backToUsers")}</Link>
        </nav>
      </PageHeader>
      <ClientMessages namespaces={["adminUsers", "roles", "common", "secondFactor"]}>
        <div className="grid gap-6 md:grid-cols-2">
          <TitledCard id="account-roles" title={t("roles")} className="md:col-span-2">
            {account.memberships.length === 0 ? (
              <p className="mb-4 text-sm text-slate-600">{t("noRoles")}</p>
            ) : (
              <ul className="mb-6 divide-y divide-slate-100">
                {account.memberships.map((membership) => {
                  const scope = membership.countryName ?? membership.agencyShortName;
                  const role = `${tRoles(membership.role)} · ${scope ? localized(scope, locale) : tUsers("everywhere")}`;
                  return (
                    <li key={membership.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>{role}</span>
                      <ActionButton
                        showSuccess
                        action={revokeRoleAction}
                        fields={{ ...change, membershipId: membership.id }}
                        label={t("removeRole")}
                        accessibleLabel={t("removeRoleLabel", { role })}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
            <h3 className="mb-2 font-semibold">{t("addRole")}</h3>
            <GrantRoleForm action={grantRoleAction} userId={account.id} version={account.version} countries={options.countries} agencies={options.agencies} />
          </TitledCard>

          <TitledCard id="account-access" title={t("access")}>
            <dl className="mb-4 space-y-2 text-sm">
              <div>
                <dt className="text-slate-500">{tUsers("status")}</dt>
                <dd>
                  {account.active ? (
                    <Badge tone="success" symbol="●">
                      {tUsers("active")}
                    </Badge>
                  ) : (
                    <Badge tone="muted" symbol="○">
                      {account.deactivatedAt ? t("deactivatedOn", { date: date(account.deactivatedAt) }) : tUsers("inactive")}
                    </Badge>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("memberSince")}</dt>
                <dd>{date(account.createdAt)}</dd>
              </div>
            </dl>
            <p className="mb-2 text-sm text-slate-600">{account.active ? t("deactivateHint") : t("reactivateHint")}</p>
            <ActionButton
              showSuccess
              action={setUserActiveAction}
              fields={{ ...change, active: String(!account.active) }}
              label={account.active ? t("deactivate") : t("reactivate")}
              variant={account.active ? "danger" : "secondary"}
            />
          </TitledCard>

          <TitledCard id="account-reset" title={t("passwordReset")}>
            <p className="mb-2 text-sm text-slate-600">{t("passwordResetHint")}</p>
            {account.openPasswordResetUntil ? (
              <p className="mb-2 text-sm">{t("openReset", { date: format.dateTime(account.openPasswordResetUntil, { dateStyle: "medium", timeStyle: "short" }) })}</p>
            ) : null}
            <PasswordResetForm action={issuePasswordResetAction} userId={account.id} label={t("issueReset")} linkLabel={t("resetLink")} />
          </TitledCard>

          <TitledCard id="account-sessions" title={t("signOutEverywhere")}>
            <p className="mb-2 text-sm text-slate-600">{t("signOutEverywhereHint")}</p>
            <SignOutEverywhereForm
              action={signOutEverywhereAction}
              userId={account.id}
              confirmLabel={t("signOutEverywhereConfirm", { name: account.name })}
              label={t("signOutEverywhere")}
            />
          </TitledCard>

          <TitledCard id="account-second-factor" title={tSecondFactor("adminCard")}>
            <p id="account-second-factor-state" className="mb-2 text-sm">
              {secondFactor.state === "on" && secondFactor.confirmedAt
                ? `${tSecondFactor("adminOn", { date: date(secondFactor.confirmedAt) })} · ${tSecondFactor("recoveryCodesLeft", { count: secondFactor.recoveryCodesLeft })}`
                : secondFactor.state === "pending"
                  ? tSecondFactor("adminPending")
                  : tSecondFactor("adminOff")}
            </p>
            {/* Shown in every state, so that its message stays on screen once the reset has turned the factor off. */}
            {can(actor, "secondFactor.reset") ? (
              <>
                <p className="mb-2 text-sm text-slate-600">{tSecondFactor("resetHint")}</p>
                <SignOutEverywhereForm
                  id="reset-second-factor"
                  action={resetSecondFactorAction}
                  userId={account.id}
                  confirmLabel={tSecondFactor("resetConfirm", { name: account.name })}
                  label={tSecondFactor("reset")}
                />
              </>
            ) : null}
            <h3 className="mt-4 mb-1 font-semibold">{tSecondFactor("historyTitle")}</h3>
            {secondFactor.history.length === 0 ? (
              <p className="text-sm text-slate-600">{tSecondFactor("historyEmpty")}</p>
            ) : (
              <ul id="account-second-factor-history" className="space-y-1 text-sm">
                {secondFactor.history.map((entry) => (
                  <li key={`${entry.at.toISOString()}-${entry.action}`}>
                    {tSecondFactor("historyEntry", {
                      when: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }),
                      what: isOneOf(secondFactorHistoryActions, entry.action) ? tSecondFactor(`historyActions.${entry.action}`) : entry.action,
                      who: entry.by ?? "Socle",
                    })}
                  </li>
                ))}
              </ul>
            )}
          </TitledCard>

          <TitledCard id="account-identities" title={tSso("identitiesTitle")} className="md:col-span-2">
            <p className="mb-2 text-sm text-slate-600">{tSso("identitiesHint")}</p>
            {account.identities.length === 0 ? (
              <p className="text-sm text-slate-600">{tSso("noIdentities")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {account.identities.map((identity) => (
                  <li key={`${identity.issuer} ${identity.subject}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                      <div>
                        <dt className="text-slate-500">{tSso("emailThere")}</dt>
                        <dd>{identity.email}</dd>
                      </div>
                      <div>
                        <dt className="text-slate-500">{tSso("provider")}</dt>
                        <dd className="break-all">{identity.issuer}</dd>
                      </div>
                      <div>
                        <dt className="text-slate-500">{tSso("linkedOn")}</dt>
                        <dd>{date(identity.linkedAt)}</dd>
                      </div>
                      {identity.lastSignInAt ? (
                        <div>
                          <dt className="text-slate-500">{tSso("lastSignIn")}</dt>
                          <dd>{format.dateTime(identity.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                        </div>
                      ) : null}
                    </dl>
                    <ActionButton
                      showSuccess
                      action={unlinkIdentityAction}
                      fields={{ ...change, issuer: identity.issuer, subject: identity.subject }}
                      label={tSso("unlink")}
                      accessibleLabel={tSso("unlinkLabel", { email: identity.email })}
                      variant="danger"
                    />
                  </li>
                ))}
              </ul>
            )}
          </TitledCard>
        </div>
      </ClientMessages>
    </>
  );
}

export default withRefusal(UserAccountPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
