/** Catalogue entries that are the same in English and another language on purpose (names, not words). */
export const identicalOnPurpose: Record<string, string[]> = {
  fr: ["app.name", "country.frameworkVersion", "languages.en", "languages.fr", "languages.es", "languages.pt"],
  es: ["app.name", "iatiOrgTypes.40", "languages.en", "languages.fr", "languages.es", "languages.pt"],
  pt: ["app.name", "iatiOrgTypes.40", "languages.en", "languages.fr", "languages.es", "languages.pt"],
};
