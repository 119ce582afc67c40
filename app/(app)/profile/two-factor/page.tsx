import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { RecoveryCodesForm } from "@/components/account/second-factor/recovery-codes-form";
import { TurnOffSecondFactorForm } from "@/components/account/second-factor/turn-off-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { TitledCard } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { qrCodeDataUrl } from "@/lib/second-factor/qr-code";
import { getSecondFactorStatus } from "@/lib/second-factor/second-factor-status";
import { pendingSecondFactorSetUp } from "@/lib/second-factor/set-up-second-factor";
import { recoveryCodesAction, startSecondFactorAction, turnOffSecondFactorAction } from "./actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("title") };
}

async function TwoFactorPage() {
  const [t, tAccount, format, { actor, status, setUp }] = await Promise.all([
    getTranslations("secondFactor"),
    getTranslations("account"),
    getFormatter(),
    loadPage(async ({ db, actor }) => ({ actor, status: await getSecondFactorStatus(db, actor.userId), setUp: await pendingSecondFactorSetUp(db, actor) })),
  ]);
  const qrCode = setUp ? await qrCodeDataUrl(setUp.address) : null;
  const stateText =
    status.state === "on" && status.confirmedAt
      ? t("stateOn", { date: format.dateTime(status.confirmedAt, { dateStyle: "long" }) })
      : status.state === "pending"
        ? t("statePending")
        : t("stateOff");

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <nav aria-label={tAccount("title")} className="mb-1 text-sm">
          <Link href="/profile">{tAccount("title")}</Link>
        </nav>
      </PageHeader>
      {actor.mustSetUpSecondFactor ? (
        <div className="mb-6">
          <Alert tone="info">{t("requiredNotice")}</Alert>
        </div>
      ) : null}
      <ClientMessages namespaces={["secondFactor", "common"]}>
        <div className="grid gap-6 md:grid-cols-2">
          <TitledCard id="second-factor-state" title={stateText}>
            {status.state === "on" ? <p id="recovery-codes-left">{t("recoveryCodesLeft", { count: status.recoveryCodesLeft })}</p> : null}
            {status.state === "off" ? (
              <div className="space-y-3">
                <p className="text-sm text-slate-600">{t("offHint")}</p>
                <ActionButton action={startSecondFactorAction} fields={{}} label={t("start")} variant="primary" />
              </div>
            ) : null}
            {setUp && qrCode ? (
              <div className="space-y-3">
                <p>{t("scan")}</p>
                {/* A data: address drawn on the server: next/image would add a client component for nothing. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={qrCode} alt={t("qrAlt")} width={200} height={200} className="rounded border border-slate-200 bg-white" />
                <p className="text-sm">{t("orType")}</p>
                <p>
                  <span className="sr-only">{t("keyLabel")}: </span>
                  <code id="second-factor-secret" className="font-mono text-sm break-all">
                    {setUp.secret.replace(/(.{4})/g, "$1 ").trim()}
                  </code>
                </p>
                <ActionButton action={startSecondFactorAction} fields={{}} label={t("startAgain")} />
              </div>
            ) : null}
          </TitledCard>
          {status.state !== "off" ? (
            <TitledCard id="second-factor-codes" title={status.state === "on" ? t("regenerate") : t("turnOn")}>
              <RecoveryCodesForm action={recoveryCodesAction} intent={status.state === "on" ? "regenerate" : "confirm"} />
            </TitledCard>
          ) : null}
          {status.state === "on" ? (
            <TitledCard id="second-factor-off" title={t("turnOffTitle")}>
              <TurnOffSecondFactorForm action={turnOffSecondFactorAction} />
            </TitledCard>
          ) : null}
        </div>
      </ClientMessages>
    </>
  );
}

export default withRefusal(TwoFactorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
