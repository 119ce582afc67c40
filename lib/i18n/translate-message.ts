/** Translates a lib/ message ("validation.tooLong?maximum=200") with a next-intl translator. */
export type Translator = (key: string, values?: Record<string, string | number>) => string;

export function translateMessage(t: Translator, message: string): string {
  const [key = message, query] = message.split("?", 2);
  const values = query ? Object.fromEntries(new URLSearchParams(query)) : undefined;
  return t(key, values);
}
