/**
 * The two lines that say where a record national dialogues freeze stands (the assessment matrix, a costing): who
 * reads it, with the button that changes that for its writers; and its latest frozen version (the draft as frozen,
 * or changed since, with the link that reads or compares it), or that none was frozen yet. Callers say the words.
 */
import { getFormatter } from "next-intl/server";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import type { ServerAction } from "@/lib/forms/action-state";

type SharingLevel = "country" | "all";

/** Who reads the record; `share` (for its writers) names the record's country and version the button sends. */
export function SharingLine({
  level,
  share,
  texts,
}: {
  level: SharingLevel;
  share: { action: ServerAction; countryCode: string; version: number } | null;
  texts: { sharedWithAll: string; keptToGroup: string; shareWithAll: string; keepToGroup: string; saving: string };
}) {
  const shared = level === "all";
  return (
    // A <div>: the button is a form, which a paragraph may not hold.
    <div className="flex flex-wrap items-center gap-2">
      <SharingBadge level={level} />
      <span className="text-slate-700">{shared ? texts.sharedWithAll : texts.keptToGroup}</span>
      {share ? (
        <ActionButton
          action={share.action}
          fields={{ countryCode: share.countryCode, version: String(share.version), sharingLevel: shared ? "country" : "all" }}
          label={shared ? texts.keepToGroup : texts.shareWithAll}
          pendingLabel={texts.saving}
        />
      ) : null}
    </div>
  );
}

/**
 * The latest frozen version (`on`, the dialogue's day) and whether the draft changed since; without one, the
 * "not yet" line when `neverShown`, else nothing.
 */
export async function VersionLine({
  latest,
  changed,
  href,
  neverShown,
  texts,
}: {
  latest: { number: number; on: string } | undefined;
  changed: boolean | null;
  href: (number: number) => string;
  neverShown: boolean;
  texts: { changed: string; asFrozen: string; latest: (number: number, date: string) => string; compare: (number: number) => string; read: (number: number) => string; never: string; neverHint: string };
}) {
  const format = await getFormatter();
  if (latest) {
    return (
      <p className="flex flex-wrap items-center gap-2">
        {changed ? <Badge tone="warning" symbol="✎">{texts.changed}</Badge> : <Badge tone="success" symbol="✓">{texts.asFrozen}</Badge>}
        <span>{texts.latest(latest.number, format.dateTime(new Date(`${latest.on}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }))}</span>
        <Link href={href(latest.number)}>{changed ? texts.compare(latest.number) : texts.read(latest.number)}</Link>
      </p>
    );
  }
  if (!neverShown) return null;
  return (
    <p className="flex flex-wrap items-center gap-2">
      <Badge tone="neutral" symbol="○">
        {texts.never}
      </Badge>
      <span className="text-slate-700">{texts.neverHint}</span>
    </p>
  );
}

/** Under a frozen version's title: its dialogue's milestone, who recorded it, and the latest version when this is not it. */
export function VersionByline({
  countryCode,
  milestone,
  byName,
  latest,
  texts,
}: {
  countryCode: string;
  milestone: { id: string; title: string } | null;
  byName: string | null;
  latest: { number: number; href: string } | null;
  texts: { dialogue: string; recordedBy: (name: string) => string; readLatest: (number: number) => string };
}) {
  return (
    <p className="mb-2 text-sm">
      {milestone ? (
        <>
          {texts.dialogue}: <Link href={`/countries/${countryCode}/milestones/${milestone.id}`}>{milestone.title}</Link>
        </>
      ) : null}
      {byName ? <span className="text-slate-600"> · {texts.recordedBy(byName)}</span> : null}
      {latest ? (
        <>
          {" · "}
          <Link href={latest.href}>{texts.readLatest(latest.number)}</Link>
        </>
      ) : null}
    </p>
  );
}
