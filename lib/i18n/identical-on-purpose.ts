/** Catalogue entries that are the same in English and another language on purpose (names, not words). */
export const identicalOnPurpose: Record<string, string[]> = {
  fr: [
    // A public page's column: the same word in French.
    "publicPages.source",
    // The IATI import's field name, a word French shares with English.
    "iatiImport.field.description",
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
    // An exchange rate's source: the same word in French.
    "exchangeRates.fields.source",
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
    // The results' unit sign, "Total ({unit})", and words French shares with English (source, code, note, actions, national).
    "countryResults.source",
    "countryResults.unit.percent",
    "countryResults.sexColumn.total",
    "countryResults.chart.sex.total",
    "countryResults.national.badge",
    "countryResults.national.code",
    "countryResults.value.source",
    "countryResults.value.note",
    "countryResults.values.actions",
    // The results: file formats, the units' patterns ("{value} %"), the two layouts' names, and words French shares with English.
    "resultsAcross.csv",
    "resultsAcross.xlsx",
    "resultsAcross.unitValue.percent",
    "resultsAcross.unitValue.number",
    "resultsAcross.map.countryValue",
    "resultsImport.openSdgTitle",
    "resultsImport.ilostatTitle",
    "resultsImport.sexes.total",
    "resultsAcross.source",
    "resultsAcross.column.source",
    "indicatorCatalogue.code",
    "indicatorCatalogue.families.national",
    "indicatorCatalogue.actions",
    // The results' patterns "{value} ({year})" and "{value} %", and a word French shares with English.
    "resultsReport.inYear",
    "resultsReport.percent",
    "supportResults.types.impact",
    "indicatorValuesExport.source",
    "resultsReport.csv",
    "resultsReport.xlsx",
    "indicatorValuesExport.note",
    "planExport.sheet",
    // The plan's own words French shares with English ("Plan"), and a range of two dates.
    "plans.title",
    "plans.roadmap.range",
    "plans.behind.column",
    // A word French shares with English, in the documents' tables.
    "documents.column.date",
    // Funding totals' rate line: codes, a figure and a source around signs.
    "funding.rateLine",
    "funding.ratePeriod.day",
    // "Webhooks", the specification's name, and a field name French shares with English.
    "nav.webhooks",
    "webhooks.title",
    "webhooks.fields.description",
  ],
  // "matrix.cellLabel" and "support.namedError" are only placeholders and punctuation.
  // The rounds' patterns "{round}: {country}" and "{round}: {counted} ({share})".
  es: ["rounds.report.title", "rounds.timeliness.segment", "reports.entriesByKind", "app.name", "matrix.cellLabel", "support.namedError", "iatiOrgTypes.40", "languages.en", "languages.fr", "languages.es", "languages.pt", "evidence.kinds.pdf", "evidence.fileKind", "history.system", "library.kinds.manual", "experiences.about", "notifications.mailSubject", "schemes.csv", "schemes.xlsx", "schemes.perYear", "schemes.kind.universal", "assessmentGaps.csv", "assessmentGaps.xlsx", "costingComparison.csv", "costingComparison.xlsx", "costingComparison.amount", "assessment.csv", "assessment.xlsx", "assessment.editIntro", "assessment.itemIntro", "costing.packageRows.scenarioCost", "costing.packageRows.total", "costing.compare.fromTo", "countries.map.stepsRange", "worldMap.legendEntry", "worldMap.countryTitle", "countryResults.unit.percent", "countryResults.sexColumn.total", "countryResults.chart.valuePoint", "countryResults.chart.sex.total", "countryResults.proposals.line", "resultsAcross.csv", "resultsAcross.xlsx", "resultsAcross.unitValue.percent", "resultsAcross.unitValue.number", "resultsAcross.map.countryValue", "resultsImport.openSdgTitle", "resultsImport.ilostatTitle", "resultsImport.sexes.total", "resultsImport.follow", "indicatorCatalogue.no", "resultsReport.inYear", "resultsReport.percent", "resultsReport.csv", "resultsReport.xlsx", "planExport.sheet", "plans.title", "plans.countryTitle", "plans.roadmap.range", "plans.behind.column", "funding.rateLine", "funding.ratePeriod.day", "nav.webhooks", "webhooks.title"],
  pt: ["rounds.report.title", "rounds.timeliness.segment", "nav.menu", "reports.entriesByKind", "app.name", "matrix.cellLabel", "support.namedError", "iatiOrgTypes.40", "languages.en", "languages.fr", "languages.es", "languages.pt", "evidence.kinds.pdf", "evidence.fileKind", "history.system", "library.kinds.manual", "experiences.about", "notifications.mailSubject", "schemes.csv", "schemes.xlsx", "schemes.perYear", "schemes.kind.universal", "assessmentGaps.csv", "assessmentGaps.xlsx", "costingComparison.csv", "costingComparison.xlsx", "costingComparison.amount", "assessment.csv", "assessment.xlsx", "assessment.editIntro", "assessment.itemIntro", "costing.packageRows.scenarioCost", "costing.packageRows.total", "costing.compare.fromTo", "countries.map.stepsRange", "worldMap.legendEntry", "worldMap.countryTitle", "countryResults.unit.percent", "countryResults.sexColumn.total", "countryResults.chart.valuePoint", "countryResults.chart.sex.total", "countryResults.proposals.line", "resultsAcross.csv", "resultsAcross.xlsx", "resultsAcross.unitValue.percent", "resultsAcross.unitValue.number", "resultsAcross.map.countryValue", "resultsImport.openSdgTitle", "resultsImport.ilostatTitle", "resultsImport.sexes.total", "resultsImport.follow", "resultsReport.inYear", "resultsReport.percent", "resultsReport.csv", "resultsReport.xlsx", "plans.roadmap.range", "funding.rateLine", "funding.ratePeriod.day", "nav.webhooks", "webhooks.title"],
};
