/** Catalogue entries that are the same in English and another language on purpose (names, not words). */
export const identicalOnPurpose: Record<string, string[]> = {
  fr: [
    "app.name",
    "country.frameworkVersion",
    "languages.en",
    "languages.fr",
    "languages.es",
    "languages.pt",
    // French words spelt as in English.
    "support.actions",
    "support.transactionsTitle",
    "support.pagination",
    "support.form.description",
    "support.form.transactionType",
    "support.form.transactionDate",
    "import.columns.transaction_type",
    "import.recordKind.transaction",
  ],
  es: ["app.name", "languages.en", "languages.fr", "languages.es", "languages.pt"],
  pt: ["app.name", "languages.en", "languages.fr", "languages.es", "languages.pt"],
};
