/**
 * A step's needs: what is needed, how urgent, what the estimate still lacks, which entries answer it; and,
 * for the people who may, the ways to edit a need or answer it with an entry.
 */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Select } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import type { ServerAction } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { SupportNeedSummary } from "@/lib/support/need-summaries";
import { PriorityBadge } from "./badges";
import { Money } from "./money";
import { ActionButton } from "@/components/ui/action-button";
import { answerCandidates } from "@/lib/support/answer-candidates";

export type AnswerOptions = {
  /** The live entries of this country the actor may answer with; each need offers those of its step or of none. */
  entries: { id: string; title: string; reference: string; agencyId: string; countryStepId: string | null }[];
  /** Agencies whose answers the actor may take back. */
  agencyIds: Set<string> | "any";
  returnTo: string;
  /** Whether the actor may add new support (then "add support for this need" is offered). */
  canAdd: boolean;
  /** The server actions that link an entry to a need and take the link back. */
  answer: ServerAction;
  unanswer: ServerAction;
};

export async function NeedList({
  needs,
  countryCode,
  canEdit,
  answering,
}: {
  needs: SupportNeedSummary[];
  countryCode: string;
  canEdit: boolean;
  answering?: AnswerOptions;
}) {
  const [t, tCategory, tNeedKind, locale] = await Promise.all([
    getTranslations("support"),
    getTranslations("support.category"),
    getTranslations("support.needKind"),
    getLocale(),
  ]);
  return (
    <ul className="space-y-3">
      {needs.map((need) => {
        const { candidates, otherSteps } = answering ? answerCandidates(need, answering.entries) : { candidates: [], otherSteps: 0 };
        const heading = need.kind === "funding" ? tNeedKind("funding") : tCategory(need.technicalCategory!);
        return (
          <li key={need.id} id={`need-${need.id}`} className="rounded-md border border-slate-200 bg-white p-3" aria-label={t("needLabel", { what: heading })}>
            <div className="flex flex-wrap items-center gap-2">
              <p className="font-medium">{heading}</p>
              <PriorityBadge priority={need.priority} />
              {canEdit ? (
                <Link href={`/countries/${countryCode}/support/needs/${need.id}/edit`} className="ml-auto text-sm">
                  {t("editNeed")}
                </Link>
              ) : null}
            </div>
            <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{need.description}</p>
            {need.kind === "funding" && need.estimateAmount && need.estimateCurrency ? (
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div>
                  <dt className="inline text-slate-500">{t("estimate")}: </dt>
                  <dd className="inline">
                    <Money amount={need.estimateAmount} currency={need.estimateCurrency} />
                  </dd>
                </div>
                {need.answers.length > 0 ? (
                  <div>
                    <dt className="inline text-slate-500">{t("stillLacking")}: </dt>
                    <dd className="inline font-medium">
                      <Money amount={need.remaining ?? need.estimateAmount} currency={need.estimateCurrency} />
                    </dd>
                  </div>
                ) : null}
              </dl>
            ) : null}
            <div className="mt-2 text-sm">
              {need.answers.length === 0 ? (
                <p className="text-slate-600">{t("noAnswerYet")}</p>
              ) : (
                <>
                  <p className="text-slate-500">{t("answeredBy")}</p>
                  <ul className="mt-1 space-y-1">
                    {need.answers.map((answer) => (
                      <li key={answer.supportEntryId} className="flex flex-wrap items-center gap-2">
                        <Link href={`/support/${answer.supportEntryId}`}>{answer.title}</Link>
                        <span className="text-slate-500">({localized(answer.agencyShortName, locale as Locale)})</span>
                        {answering && (answering.agencyIds === "any" || answering.agencyIds.has(answer.agencyId)) ? (
                          <ActionButton
                            action={answering.unanswer}
                            fields={{ needId: need.id, supportEntryId: answer.supportEntryId, returnTo: answering.returnTo }}
                            label={t("unlink")}
                            variant="ghost"
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            {answering && (candidates.length > 0 || answering.canAdd || otherSteps > 0) ? (
              <div className="mt-3 flex flex-wrap items-end gap-4 border-t border-slate-100 pt-3">
                {candidates.length > 0 ? (
                  <ActionButton action={answering.answer} fields={{ needId: need.id, returnTo: answering.returnTo }} label={t("answer")}>
                    <div>
                      <label htmlFor={`answer-${need.id}`} className="block text-sm font-medium">
                        {t("answerWith")}
                      </label>
                      <Select id={`answer-${need.id}`} name="supportEntryId" className="max-w-xs">
                        <Options choices={candidates.map((entry) => ({ value: entry.id, label: `${entry.title} (${entry.reference})` }))} />
                      </Select>
                    </div>
                  </ActionButton>
                ) : null}
                {answering.canAdd ? (
                  <Link href={`/support/new?country=${countryCode}&step=${need.countryStepId}&need=${need.id}`} className="text-sm">
                    {t("addSupportForNeed")}
                  </Link>
                ) : null}
                {otherSteps > 0 ? <p className="basis-full text-sm text-slate-600">{t("answerFromOtherStep")}</p> : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
