/** Catalogue entries that are the same in English and another language on purpose (names, not words). */
export const identicalOnPurpose: Record<string, string[]> = {
  fr: [
    // The costing's patterns ("{name} ({currency})", "Total ({currency})"), names and words French shares with English.
    "costing.populationLink",
    "costing.versionName",
    "costing.dialogue",
    "costing.inputs.population",
    "costing.inputs.inflation",
    "costing.packageRows.scenarioCost",
    "costing.packageRows.total",
    "costing.compare.frameField.horizonYear",
    "costing.compare.yearField.inflation",
    "costing.compare.yearField.population",
    "costing.compare.scenarioField.indexation",
    "costing.compare.before",
    "app.name",
    // The world map's patterns: a range of counts and "{label} ({count})".
    "countries.map.stepsRange",
    "worldMap.legendEntry",
    // The inventory's file formats and its "{value} ({year})": names and a pattern, not words.
    "schemes.csv",
    "schemes.xlsx",
    "schemes.perYear",
    "assessmentGaps.csv",
    "assessmentGaps.xlsx",
    // The costing comparison's file formats and its "{amount} {currency}": names and a pattern, not words.
    "costingComparison.csv",
    "costingComparison.xlsx",
    "costingComparison.amount",
    // The matrix's file formats, its "{section} · {guarantee}" patterns, and two words French shares with English.
    "assessment.csv",
    "assessment.xlsx",
    "assessment.editIntro",
    "assessment.itemIntro",
    "assessment.versionName",
    "assessment.dialogue",
    // The coordinators' section of the home: the same word.
    "home.sections.coordinator",
    "country.frameworkVersion",
    "languages.en",
    "languages.fr",
    "languages.es",
    "languages.pt",
    // "Description" is the French word too; PDF and Socle are names.
    "milestone.description",
    "conflict.description",
    "step.nationalDescription",
    "workspace.nationalDescription",
    "history.fields.description",
    "evidence.kinds.pdf",
    "evidence.fileKind",
    "history.system",
    // French words spelt as in English.
    "support.actions",
    "support.transactionsTitle",
    "support.pagination",
    "support.form.description",
    "support.form.transactionType",
    "support.form.transactionDate",
    "import.columns.transaction_type",
    "import.recordKind.transaction",
    // Reports and the framework editor: words French shares with English, and counts written as figures.
    "reports.entriesByKind",
    "reports.exportsTitle",
    "exports.column.occurredOn",
    "exports.column.description",
    "frameworkAdmin.versionsTitle",
    "frameworkAdmin.descriptionIn",
    "frameworkAdmin.fields.description",
    "frameworkAdmin.fields.position",
    "library.kinds.guide",
    "library.kinds.brochure",
    // Only placeholders: the country and step names come translated.
    "experiences.about",
    "notifications.title",
    // The main menu: words French spells as English does.
    "nav.menu",
    "nav.administration",
    // The costing workbook: words French spells as English does.
    "costingWorkbook.sheets.population",
    "costingWorkbook.inputs.source",
    "costingWorkbook.parameters.indexation",
    // The costing's scenario screens: the same words.
    "costingScenarios.form.indexation",
    "costingScenarios.history.fields.indexation",
    "costingScenarios.history.versionNumber",
  ],
  // "matrix.cellLabel" and "support.namedError" are only placeholders and punctuation.
  es: ["reports.entriesByKind", "app.name", "matrix.cellLabel", "support.namedError", "iatiOrgTypes.40", "languages.en", "languages.fr", "languages.es", "languages.pt", "evidence.kinds.pdf", "evidence.fileKind", "history.system", "library.kinds.manual", "experiences.about", "notifications.mailSubject", "schemes.csv", "schemes.xlsx", "schemes.perYear", "schemes.kind.universal", "assessmentGaps.csv", "assessmentGaps.xlsx", "costingComparison.csv", "costingComparison.xlsx", "costingComparison.amount", "assessment.csv", "assessment.xlsx", "assessment.editIntro", "assessment.itemIntro", "costing.packageRows.scenarioCost", "costing.packageRows.total", "costing.compare.fromTo", "countries.map.stepsRange", "worldMap.legendEntry", "worldMap.countryTitle"],
  pt: ["nav.menu", "reports.entriesByKind", "app.name", "matrix.cellLabel", "support.namedError", "iatiOrgTypes.40", "languages.en", "languages.fr", "languages.es", "languages.pt", "evidence.kinds.pdf", "evidence.fileKind", "history.system", "library.kinds.manual", "experiences.about", "notifications.mailSubject", "schemes.csv", "schemes.xlsx", "schemes.perYear", "schemes.kind.universal", "assessmentGaps.csv", "assessmentGaps.xlsx", "costingComparison.csv", "costingComparison.xlsx", "costingComparison.amount", "assessment.csv", "assessment.xlsx", "assessment.editIntro", "assessment.itemIntro", "costing.packageRows.scenarioCost", "costing.packageRows.total", "costing.compare.fromTo", "countries.map.stepsRange", "worldMap.legendEntry", "worldMap.countryTitle"],
};
