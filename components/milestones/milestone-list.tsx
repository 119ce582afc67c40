/** Milestones as a working group reads them: what happened, when, who logged it, its evidence, and what the reader may do. */
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/empty-state";
import type { MilestoneView } from "@/lib/progress/milestone-list";
import type { ServerAction } from "@/lib/forms/action-state";
import { EvidenceList } from "./evidence-list";

export async function MilestoneList({
  deleteAction,
  milestones,
  canEdit,
  emptyText,
  compact = false,
  showSharing = false,
}: {
  milestones: MilestoneView[];
  canEdit: boolean;
  emptyText: string;
  /** In the workspace: titles, dates and evidence only. */
  compact?: boolean;
  /** For the country's own group and coordinators, who see both sharing levels. */
  showSharing?: boolean;
  /** The server action behind each milestone's delete button, where the reader may edit. */
  deleteAction?: ServerAction;
}) {
  const [t, format] = await Promise.all([getTranslations("milestone"), getFormatter()]);
  if (milestones.length === 0) return compact ? <p className="text-sm text-slate-500">{emptyText}</p> : <EmptyState>{emptyText}</EmptyState>;
  return (
    <ol className={compact ? "space-y-2" : "space-y-3"} aria-label={t("listLabel")}>
      {milestones.map((milestone) => {
        const href = `/countries/${milestone.countryCode}/milestones/${milestone.id}`;
        return (
          <li key={milestone.id} className={compact ? "text-sm" : "rounded-lg border border-slate-200 bg-white p-3 shadow-sm"} data-testid="milestone">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <Link href={href}>{milestone.title}</Link>
              {showSharing ? <SharingBadge level={milestone.sharingLevel} /> : null}
              <ReviewStateBadge state={milestone.reviewState} />
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={milestone.occurredOn}>{format.dateTime(dateOnly(milestone.occurredOn), dateOnlyFormat)}</time>
              {compact ? null : <> · {t("loggedBy", { name: milestone.authorName })}</>}
            </p>
            {!compact && milestone.description ? <p className="mt-1 text-sm whitespace-pre-line">{milestone.description}</p> : null}
            <EvidenceList items={milestone.evidence} showSharing={showSharing} />
            {canEdit && !compact ? (
              <div className="mt-2 flex flex-wrap gap-2">
                <Link href={href} className="inline-flex min-h-8 items-center rounded-md border border-slate-300 px-3 text-sm no-underline hover:bg-slate-100">
                  {t("editOrAddEvidence")}
                </Link>
                {deleteAction ? (
                  <ActionButton
                    action={deleteAction}
                    fields={{ milestoneId: milestone.id }}
                    label={t("delete")}
                    pendingLabel={t("deleting")}
                    accessibleLabel={t("deleteNamed", { title: milestone.title })}
                    variant="ghost"
                  />
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
