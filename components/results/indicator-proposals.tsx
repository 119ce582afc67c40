/**
 * The values advisers proposed for a followed indicator, waiting for a decision: those who write the country's
 * results accept one (it joins the series, replacing the period's value) or decline it saying why; its author may
 * withdraw it while it waits.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import type { ServerAction } from "@/lib/forms/action-state";
import type { ProposalView } from "@/lib/results/read-country-indicators";
import { formatIndicatorFigure } from "./indicator-figures";
import { ReasonForm } from "./reason-form";

export async function IndicatorProposals({
  countryIndicatorId,
  proposals,
  decides,
  userId,
  unitLabel,
  actions,
}: {
  countryIndicatorId: string;
  proposals: ProposalView[];
  /** Whether the reader accepts and declines proposals here. */
  decides: boolean;
  userId: string;
  unitLabel: string;
  actions: { accept: ServerAction; decline: ServerAction; withdraw: ServerAction };
}) {
  const [t, format] = await Promise.all([getTranslations("countryResults"), getFormatter()]);
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="proposals-title" id="proposals" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="proposals-title" className="text-lg font-semibold">
        {t("proposals.title")}
      </h2>
      <ul className="space-y-4">
        {proposals.map((proposal) => {
          const sex = t(`chart.sex.${proposal.sex}`);
          const fields = { id: proposal.id, version: proposal.version, countryIndicatorId };
          return (
            <li key={proposal.id} className="space-y-2 border-t border-amber-200 pt-3 text-sm first:border-0 first:pt-0" data-proposal={`${proposal.period}/${proposal.sex}`}>
              <p>
                <span className="font-medium">
                  {t("proposals.line", { period: proposal.period, sex, value: formatIndicatorFigure(format, proposal.value), unit: unitLabel })}
                </span>{" "}
                <span className="text-slate-600">
                  {t("proposals.by", { name: proposal.proposedBy ?? "—", date: format.dateTime(proposal.proposedAt, { dateStyle: "medium" }) })}
                </span>
              </p>
              {proposal.source || proposal.note ? <p className="text-slate-700">{[proposal.source, proposal.note].filter(Boolean).join(" · ")}</p> : null}
              {proposal.evidenceUrl ? (
                <p>
                  <a href={proposal.evidenceUrl} rel="noopener noreferrer">
                    {t("values.evidence")}
                  </a>
                </p>
              ) : null}
              {decides ? (
                <div className="flex flex-wrap items-start gap-4">
                  <ActionButton
                    action={actions.accept}
                    fields={fields}
                    label={t("proposals.accept")}
                    accessibleLabel={t("proposals.acceptLabel", { period: proposal.period, sex })}
                    variant="primary"
                  />
                  <ReasonForm
                    action={actions.decline}
                    id={`decline-${proposal.id}`}
                    fields={fields}
                    label={t("proposals.decline")}
                    accessibleLabel={t("proposals.declineLabel", { period: proposal.period, sex })}
                    reasonLabel={t("proposals.declineReason")}
                    variant="secondary"
                  />
                </div>
              ) : proposal.proposedById === userId ? (
                <ReasonForm
                  action={actions.withdraw}
                  id={`withdraw-${proposal.id}`}
                  fields={fields}
                  label={t("proposals.withdraw")}
                  reasonLabel={t("withdrawReason")}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
