/**
 * What the demo's people write, in the four languages working groups use: milestones per key step (step-texts.ts),
 * their descriptions, sign-off notes and review comments (progress-texts.ts), support entries and needs
 * (support-texts.ts), trainings (learning-texts.ts). `{scheme}`, `{ministry}`, `{institution}`,
 * `{short}` (the scheme's short name), `{statistics}` and `{capital}` are filled from the country.
 */
export type DemoLanguage = "en" | "fr" | "es" | "pt";
export type Texts = Record<DemoLanguage, string>;
export type TextList = Record<DemoLanguage, string[]>;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
