import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokensCard } from "@/components/account/api-tokens-card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requireActor } from "@/lib/session";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function ProfilePage() {
  const actor = await requireActor();
  const [t, tRoles, tokens] = await Promise.all([getTranslations("account"), getTranslations("roles"), listApiTokens(await getDb(), actor)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="profile-identity">
          <h2 id="profile-identity" className="mb-3 text-lg font-semibold">
            {actor.name}
          </h2>
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
        </Card>
        <Card aria-labelledby="profile-password">
          <h2 id="profile-password" className="mb-3 text-lg font-semibold">
            {t("changePassword")}
          </h2>
          <ClientMessages namespaces={["account"]}>
            <ChangePasswordForm action={changePasswordAction} />
          </ClientMessages>
        </Card>
        <ApiTokensCard tokens={tokens} actions={{ create: createApiTokenAction, revoke: revokeApiTokenAction }} />
      </div>
    </>
  );
}
