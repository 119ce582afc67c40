/**
 * The versions national dialogues froze (an endorsed matrix, a validated costing), newest first: each named and
 * linked to be read and compared, with its dialogue's date and milestone and who recorded it. Callers say the words.
 */
import { getFormatter } from "next-intl/server";
import { Link } from "@/components/ui/link";

export type DialogueVersionItem = { id: string; number: number; on: string; milestone: { id: string; title: string } | null; byName: string | null };

export async function DialogueVersions({
  id,
  countryCode,
  versions,
  href,
  texts,
}: {
  id: string;
  countryCode: string;
  versions: DialogueVersionItem[];
  href: (number: number) => string;
  texts: { heading: string; none: string; name: (number: number) => string; on: (date: string) => string; by: (name: string) => string };
}) {
  const format = await getFormatter();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {texts.heading}
      </h2>
      {versions.length === 0 ? (
        <p className="text-sm text-slate-600">{texts.none}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {versions.map((version) => (
            <li key={version.id}>
              <Link href={href(version.number)}>{texts.name(version.number)}</Link>
              {" · "}
              {texts.on(format.dateTime(new Date(`${version.on}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }))}
              {version.milestone ? (
                <>
                  {" · "}
                  <Link href={`/countries/${countryCode}/milestones/${version.milestone.id}`}>{version.milestone.title}</Link>
                </>
              ) : null}
              {version.byName ? <span className="text-slate-600"> · {texts.by(version.byName)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
