/**
 * A support entry's title and description from an activity's narratives: Socle's entry holds one language, so the
 * title is in English where the activity has it, else in the activity's own language, else the first given; the
 * description follows in the same language, then the other languages' titles and descriptions, each marked with its
 * language code, so nothing published is lost and search finds the entry in every language.
 */
import type { Narrative, ReadActivity } from "./types";

/** Socle's limits (lib/validation/support.ts). */
const maxTitle = 200;
const maxDescription = 5000;

function cut(text: string, maximum: number): string {
  return text.length > maximum ? `${text.slice(0, maximum - 1).trimEnd()}…` : text;
}

/** Narratives of one language: the narrative's own, else the activity's. */
function inLanguage(narratives: readonly Narrative[], lang: string | null): string[] {
  return narratives.filter((narrative) => narrative.lang === lang).map((narrative) => narrative.text);
}

/** The languages the activity writes in, the chosen one first. */
function languages(activity: ReadActivity): { chosen: string | null; others: (string | null)[] } {
  const all = [...activity.titles, ...activity.descriptions.flatMap((description) => description.narratives)].map((narrative) => narrative.lang);
  const unique = [...new Set(all)];
  const titleLanguages = new Set(activity.titles.map((narrative) => narrative.lang));
  const chosen = titleLanguages.has("en")
    ? "en"
    : titleLanguages.has(activity.lang)
      ? activity.lang
      : (activity.titles[0]?.lang ?? (unique.includes("en") ? "en" : (unique[0] ?? null)));
  return { chosen, others: unique.filter((lang) => lang !== chosen) };
}

/** Descriptions in one language, general (type 1) first, as paragraphs. */
function descriptionIn(activity: ReadActivity, lang: string | null): string {
  const order = (type: string | null) => (type === null ? 5 : Number(type) || 5);
  return [...activity.descriptions]
    .sort((a, b) => order(a.type) - order(b.type))
    .flatMap((description) => inLanguage(description.narratives, lang))
    .join("\n\n");
}

export function entryText(activity: ReadActivity): { title: string; description: string } {
  const { chosen, others } = languages(activity);
  const title = inLanguage(activity.titles, chosen)[0] ?? activity.titles[0]?.text ?? activity.identifier ?? "";
  const paragraphs = [descriptionIn(activity, chosen)];
  for (const lang of others) {
    const otherTitle = inLanguage(activity.titles, lang)[0];
    const otherDescription = descriptionIn(activity, lang);
    const text = [otherTitle, otherDescription].filter(Boolean).join("\n");
    if (text) paragraphs.push(`[${lang ?? "?"}] ${text}`);
  }
  return { title: cut(title.replace(/\s+/g, " ").trim(), maxTitle), description: cut(paragraphs.filter(Boolean).join("\n\n").trim(), maxDescription) };
}
