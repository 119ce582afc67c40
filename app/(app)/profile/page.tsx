import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ApiTokensCard } from "@/components/account/api-tokens-card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TitledCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/components/ui/link";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { getSecondFactorStatus } from "@/lib/second-factor/second-factor-status";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

async function ProfilePage() {
  const [t, tRoles, tSecondFactor, format, { actor, tokens, secondFactor }] = await Promise.all([
    getTranslations("account"),
    getTranslations("roles"),
    getTranslations("secondFactor"),
    getFormatter(),
    loadPage(async ({ db, actor }) => ({ actor, tokens: await listApiTokens(db, actor), secondFactor: await getSecondFactorStatus(db, actor.userId) })),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="grid gap-6 md:grid-cols-2">
        <TitledCard id="profile-identity" title={actor.name}>
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-slate-500">{t("email")}</dt>
              <dd>{actor.email}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("roles")}</dt>
              <dd>{[...new Set(actor.memberships.map((membership) => tRoles(membership.role)))].join(", ") || t("noRole")}</dd>
            </div>
          </dl>
        </TitledCard>
        <TitledCard id="profile-password" title={t("changePassword")}>
          <ClientMessages namespaces={["account"]}>
            <ChangePasswordForm action={changePasswordAction} />
          </ClientMessages>
        </TitledCard>
        <TitledCard id="profile-second-factor" title={tSecondFactor("profileCard")}>
          <p id="profile-second-factor-state">
            {secondFactor.state === "on" && secondFactor.confirmedAt
              ? `${tSecondFactor("stateOn", { date: format.dateTime(secondFactor.confirmedAt, { dateStyle: "long" }) })} · ${tSecondFactor("recoveryCodesLeft", { count: secondFactor.recoveryCodesLeft })}`
              : secondFactor.state === "pending"
                ? tSecondFactor("statePending")
                : tSecondFactor("stateOff")}
          </p>
          <p className="mt-2">
            <Link href="/profile/two-factor">{tSecondFactor("manage")}</Link>
          </p>
        </TitledCard>
        <ApiTokensCard tokens={tokens} actions={{ create: createApiTokenAction, revoke: revokeApiTokenAction }} />
      </div>
    </>
  );
}

export default withRefusal(ProfilePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
