import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { ClientMessages } from "@/components/i18n/client-messages";
import { KindBadge, SupportStatusBadge } from "@/components/support/badges";
import { EntryHistory } from "@/components/support/entry-history";
import { ConvertedAmount, EntryFundingSource } from "@/components/funding/entry-funding";
import { Money } from "@/components/support/money";
import { ActionButton } from "@/components/ui/action-button";
import { TransactionForm } from "@/components/support/transaction-form";
import { WithdrawForm } from "@/components/support/withdraw-form";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Options } from "@/components/ui/options";
import { transactionTypes } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { getSupportEntry } from "@/lib/support/get-support-entry";
import {
  addSupportTransactionAction,
  answerNeedAction,
  unanswerNeedAction,
  withdrawSupportEntryAction,
  withdrawSupportTransactionAction,
} from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((id: string) => loadPage(async ({ db, actor }) => ({ actor, details: await getSupportEntry(db, actor, id) })));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).details.entry.title };
}

const doneMessages = ["added", "saved", "withdrawn", "transactionAdded", "transactionWithdrawn"] as const;

async function SupportEntryPage({ params, searchParams }: Props) {
  const { actor, details } = await load((await params).id);
  const { done } = await searchParams;
  const { entry, ledger } = details;
  const locale = (await getLocale()) as Locale;
  const [t, tForm, tFunding, format] = await Promise.all([getTranslations("support"), getTranslations("support.form"), getTranslations("funding"), getFormatter()]);
  const target = { countryCode: entry.countryCode, agencyId: entry.agencyId };
  const withdrawn = entry.deletedAt !== null;
  const canWrite = !withdrawn && can(actor, "support.write", target);
  const canAnswer = !withdrawn && can(actor, "need.answer", target);
  const countryName = localized(details.country.name, locale);
  const stepLabel = (step: (typeof details.steps)[number]) =>
    `${details.steps.indexOf(step) + 1}. ${titleText(step.title, locale)}`;
  const stepOfNeed = (stepId: string) => details.steps.find((step) => step.id === stepId);
  const needLabel = (need: (typeof details.answers)[number]) =>
    need.kind === "funding" ? t("needKind.funding") : t(`category.${need.technicalCategory!}`);
  const date = (value: string | null) => (value ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium" }) : "—");
  const returnTo = `/support/${entry.id}`;

  return (
    <>
      <PageHeader
        title={entry.title}
        actions={
          canWrite ? (
            <Link href={`/support/${entry.id}/edit`} className={buttonClassName("secondary")}>{t("edit")}</Link>
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/support">{t("listTitle")}</Link> ›{" "}
          <Link href={`/countries/${entry.countryCode}/support`}>{t("countryTitle", { country: countryName })}</Link>
        </nav>
        <p className="mb-2 flex flex-wrap gap-2">
          <KindBadge kind={entry.kind} />
          <SupportStatusBadge status={entry.status} />
        </p>
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {withdrawn ? (
        <div className="mb-4">
          <Alert tone="info" title={t("withdrawnTitle")}>
            {t("withdrawnBody", {
              date: format.dateTime(entry.deletedAt!, { dateStyle: "medium" }),
              name: details.withdrawnByName ?? "—",
              reason: entry.withdrawalReason ?? "",
            })}
          </Alert>
        </div>
      ) : null}

      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {[
            [t("agency"), `${localized(details.agency.shortName, locale)} — ${localized(details.agency.name, locale)}`],
            [t("country"), countryName],
            [t("step"), details.step ? stepLabel(details.step) : t("noStep")],
            [t("categoryLabel"), entry.technicalCategory ? t(`category.${entry.technicalCategory}`) : "—"],
            [tForm("startDate"), date(entry.startDate)],
            [tForm("endDate"), date(entry.endDate)],
            [tForm("reference"), entry.reference],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {entry.amount && entry.currency ? (
            <div>
              <dt className="text-slate-500">{tForm("amount")}</dt>
              <dd>
                <Money amount={entry.amount} currency={entry.currency} />
              </dd>
            </div>
          ) : null}
          {entry.kind === "financial" ? <EntryFundingSource details={details} /> : null}
          {entry.description ? (
            <div className="sm:col-span-2">
              <dt className="text-slate-500">{tForm("description")}</dt>
              <dd className="whitespace-pre-line">{entry.description}</dd>
            </div>
          ) : null}
          {entry.deliverables ? (
            <div className="sm:col-span-2">
              <dt className="text-slate-500">{tForm("deliverables")}</dt>
              <dd className="whitespace-pre-line">{entry.deliverables}</dd>
            </div>
          ) : null}
        </dl>
      </Card>

      {entry.kind === "financial" && entry.currency ? (
        <section id="transactions" aria-labelledby="flow-title" className="mb-8 scroll-mt-4">
          <h2 id="flow-title" className="mb-3 text-lg font-semibold">
            {t("flowTitle")}
          </h2>
          <dl className="mb-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {transactionTypes.map((type) => (
              <div key={type} className="rounded-md border border-slate-200 bg-white p-3">
                <dt className="text-sm text-slate-500">{t(`flow.${type}`)}</dt>
                <dd className="text-lg font-semibold">
                  <Money amount={ledger[type]} currency={entry.currency!} />
                </dd>
              </div>
            ))}
          </dl>
          {ledger.disbursedOverCommitted ? <p className="mb-2 text-sm font-medium text-amber-800">⚠ {t("disbursedOverCommitted")}</p> : null}
          {ledger.spentOverDisbursed ? <p className="mb-2 text-sm font-medium text-amber-800">⚠ {t("spentOverDisbursed")}</p> : null}
          {details.transactions.length === 0 ? (
            <EmptyState>{canWrite ? t("noTransactionsWriter") : t("noTransactions")}</EmptyState>
          ) : (
            <Table caption={t("transactionsTitle")}>
              <thead>
                <tr>
                  <Th>{tForm("transactionDate")}</Th>
                  <Th>{tForm("transactionType")}</Th>
                  <Th className="text-right">{tForm("amount")}</Th>
                  <Th className="text-right">{tFunding("convertedTitle", { currency: details.reportingCurrency })}</Th>
                  <Th>{tForm("confirmationNote")}</Th>
                  <Th>{t("recordedBy")}</Th>
                  {canWrite ? <Th>{t("actions")}</Th> : null}
                </tr>
              </thead>
              <tbody>
                {details.transactions.map((transaction) => (
                  <tr key={transaction.id}>
                    <Td label={tForm("transactionDate")}>{date(transaction.occurredOn)}</Td>
                    <Td label={tForm("transactionType")}>{t(`flow.${transaction.type}`)}</Td>
                    <Td label={tForm("amount")} className="text-right">
                      <Money amount={transaction.amount} currency={transaction.currency} />
                    </Td>
                    <Td label={tFunding("convertedTitle", { currency: details.reportingCurrency })} className="text-right">
                      <ConvertedAmount transaction={transaction} reportingCurrency={details.reportingCurrency} />
                    </Td>
                    <Td label={tForm("confirmationNote")} className="whitespace-pre-line">{transaction.confirmationNote ?? ""}</Td>
                    <Td label={t("recordedBy")}>{transaction.recordedBy}</Td>
                    {canWrite ? (
                      <Td label={t("actions")}>
                        <ActionButton action={withdrawSupportTransactionAction} fields={{ id: transaction.id }} label={t("withdrawTransaction")} variant="ghost" />
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {canWrite ? (
            <Card className="mt-4" aria-labelledby="add-transaction-title">
              <h3 id="add-transaction-title" className="mb-3 font-semibold">
                {t("addTransactionTitle")}
              </h3>
              <ClientMessages namespaces={["support"]}>
                <TransactionForm action={addSupportTransactionAction} supportEntryId={entry.id} currency={entry.currency} today={new Date().toISOString().slice(0, 10)} />
              </ClientMessages>
            </Card>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="needs-title" className="mb-8">
        <h2 id="needs-title" className="mb-3 text-lg font-semibold">
          {t("answersTitle")}
        </h2>
        {details.answers.length === 0 ? (
          <p className="mb-3 text-sm text-slate-600">{t("answersNone")}</p>
        ) : (
          <ul className="mb-3 space-y-2 text-sm">
            {details.answers.map((need) => (
              <li key={need.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{needLabel(need)}</span>
                <span className="text-slate-600">
                  {stepOfNeed(need.countryStepId) ? stepLabel(stepOfNeed(need.countryStepId)!) : ""} — {need.description}
                </span>
                {canAnswer ? (
                  <ActionButton action={unanswerNeedAction} fields={{ needId: need.id, supportEntryId: entry.id, returnTo }} label={t("unlink")} variant="ghost" />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canAnswer && details.otherNeeds.length > 0 ? (
          <ActionButton action={answerNeedAction} fields={{ supportEntryId: entry.id, returnTo }} label={t("answer")}>
              <div>
                <label htmlFor="answer-need" className="block text-sm font-medium">
                  {t("answerNeedOfCountry")}
                </label>
                <Select id="answer-need" name="needId" className="max-w-md">
                  <Options choices={details.otherNeeds.map((need) => ({ value: need.id, label: `${needLabel(need)} · ${stepOfNeed(need.countryStepId) ? stepLabel(stepOfNeed(need.countryStepId)!) : ""} · ${need.description.slice(0, 80)}` }))} />
                </Select>
              </div>
            </ActionButton>
        ) : null}
      </section>

      <EntryHistory history={details.history} />

      {canWrite ? (
        <Card className="mt-8 border-red-200" aria-labelledby="withdraw-title">
          <h2 id="withdraw-title" className="mb-1 font-semibold">
            {t("withdrawTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("withdrawIntro")}</p>
          <ClientMessages namespaces={["support"]}>
            <WithdrawForm action={withdrawSupportEntryAction} id={entry.id} version={entry.version} withReason label={t("withdraw")} />
          </ClientMessages>
        </Card>
      ) : null}
    </>
  );
}

export default withRefusal(SupportEntryPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
