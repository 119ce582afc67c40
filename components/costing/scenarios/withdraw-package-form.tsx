"use client";
/**
 * Withdraws a package with a reason, from the package's page: it leaves the costing's comparison; its financing and
 * the funding needs made from it stay (a need is withdrawn on key step 8). The action goes back to the costing's
 * overview. The page hands it the "support" and "costingPackages" catalogue namespaces (ClientMessages).
 */
import { useTranslations } from "next-intl";
import { WithdrawForm } from "@/components/support/withdraw-form";
import type { ServerAction } from "@/lib/forms/action-state";

export function WithdrawPackageForm({ action, id, version }: { action: ServerAction; id: string; version: number }) {
  const t = useTranslations("costingPackages");
  return (
    <section aria-labelledby="package-withdrawal" className="mt-8 max-w-xl">
      <h2 id="package-withdrawal" className="mb-3 text-lg font-semibold">
        {t("withdraw")}
      </h2>
      <WithdrawForm action={action} id={id} version={version} withReason label={t("withdraw")} reasonHint={t("withdrawHint")} />
    </section>
  );
}
