/**
 * An experience write-up in every language it was written in: the reader's language open first, the others a
 * click away (details/summary, so it works without JavaScript), each marked with its language.
 */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/components/library/resource-list";
import type { ExperienceView } from "@/lib/experiences/list-experiences";
import { ExperienceByline, FeaturedBadge } from "./experience-byline";

export async function ExperienceCard({ experience, headingLevel = 3 }: { experience: ExperienceView; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("experiences"), getLocale()]);
  const ordered = [...experience.texts].sort((a, b) => Number(b.language === locale) - Number(a.language === locale));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const sections = [
    ["context", t("context")],
    ["whatWasDone", t("whatWasDone")],
    ["whatWorked", t("whatWorked")],
    ["whatToChange", t("whatToChange")],
  ] as const;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="experience" aria-labelledby={`experience-${experience.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Heading id={`experience-${experience.id}`} className="font-semibold" lang={ordered[0]?.language}>
          <Link href={`/experiences/${experience.id}`}>{ordered[0]?.title}</Link>
        </Heading>
        <FeaturedBadge experience={experience} />
      </div>
      <ExperienceByline experience={experience} />
      {ordered.map((text, index) => (
        <details key={text.language} open={index === 0} className="mt-2 rounded border border-slate-100 p-2">
          <summary className="cursor-pointer text-sm font-medium">
            {languageName(text.language, locale)}
            {index > 0 ? <span lang={text.language}> — {text.title}</span> : null}
          </summary>
          <div lang={text.language} className="mt-2 space-y-2 text-sm">
            {sections.map(([key, label]) =>
              text[key] ? (
                <div key={key}>
                  <p className="font-medium" lang={locale}>
                    {label}
                  </p>
                  <p className="whitespace-pre-line">{text[key]}</p>
                </div>
              ) : null,
            )}
          </div>
        </details>
      ))}
      {experience.contacts.length > 0 ? (
        <div className="mt-2 text-sm">
          <p className="font-medium">{t("contacts")}</p>
          <ul>
            {experience.contacts.map((contact) => (
              <li key={`${contact.name}-${contact.email}`}>
                {[contact.name, contact.organisation].filter(Boolean).join(", ")}
                {contact.email ? (
                  <>
                    {" · "}
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
