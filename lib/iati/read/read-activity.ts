/**
 * One activity's tree read into a ReadActivity: as far as it can be read, every departure from the schema noted as a
 * problem (path, reason, detail) rather than thrown, so that one bad activity never sinks the file.
 */
import { activityDateType, activityStatusCodes, decimalPattern, isoDate, transactionTypeCode } from "./codes";
import { type Element, attribute, childrenNamed, firstChild } from "./element-tree";
import { ProblemList } from "./problem-list";
import { checkAttributes } from "./schema-checks";
import {
  type IatiActivityDateType,
  type Narrative,
  type ReadActivity,
  type ReadOrganisation,
  type ReadPlannedMoney,
  type ReadSector,
  type ReadTransaction,
  iatiReadLimits,
} from "./types";

const dPortalActivitiesNamespace = "http://d-portal.org/xmlns/iati-activities";

/** What the activity's reading needs to know of the file around it. */
export interface ActivityContext {
  rootVersion: string | null;
  /** Elements and text the tree's caps left out. */
  overflow: { elements: number; textCharacters: number; truncatedTexts: number };
}

export function readActivity(tree: Element, context: ActivityContext): ReadActivity {
  const problems = new ProblemList();
  const lang = attribute(tree, "xml:lang")?.toLowerCase() ?? null;
  const defaultCurrency = attribute(tree, "default-currency")?.toUpperCase() ?? null;
  checkAttributes(tree, "", problems);
  if (context.overflow.elements > 0) problems.add("", "too_large", `${context.overflow.elements} elements left out`);
  if (context.overflow.truncatedTexts > 0 || context.overflow.textCharacters > 0) {
    problems.add("", "truncated", `${context.overflow.textCharacters} characters of text left out`);
  }

  const narratives = (element: Element | null): Narrative[] =>
    element === null
      ? []
      : capped(childrenNamed(element, "narrative"))
          .map((narrative) => ({ lang: attribute(narrative, "xml:lang")?.toLowerCase() ?? lang, text: narrative.text.trim() }))
          .filter((narrative) => narrative.text !== "");
  const firstName = (element: Element | null): string | null => {
    const all = narratives(element);
    return (all.find((narrative) => narrative.lang === lang) ?? all[0])?.text ?? null;
  };
  const organisation = (element: Element | null): ReadOrganisation => ({
    ref: element ? attribute(element, "ref") : null,
    type: element ? attribute(element, "type") : null,
    name: firstName(element),
  });

  const date = (value: string | null, path: string): string | null => {
    if (value === null) return null;
    const read = isoDate(value);
    if (read === null) problems.add(path, "bad_date", value);
    return read;
  };
  const decimal = (element: Element | null, path: string): string | null => {
    if (element === null) return null;
    const text = element.text.trim();
    if (text === "") {
      problems.add(path, "not_a_number", "empty");
      return null;
    }
    if (!decimalPattern.test(text)) {
      problems.add(path, "not_a_number", text);
      return null;
    }
    if (text.startsWith("-") && !/^-0*(\.0*)?$/.test(text)) problems.add(path, "negative_value", text);
    return text.replace(/^\+/, "");
  };
  const currencyOf = (value: Element | null, path: string): string | null => {
    const currency = (value ? attribute(value, "currency") : null)?.toUpperCase() ?? defaultCurrency;
    if (value !== null && currency === null) problems.add(`${path}/@currency`, "missing_currency");
    return currency;
  };
  const sectorsOf = (parent: Element, prefix: string): ReadSector[] =>
    capped(childrenNamed(parent, "sector")).flatMap((sector, index) => {
      const path = `${prefix}sector[${index + 1}]`;
      const vocabulary = attribute(sector, "vocabulary") ?? "1";
      let code = attribute(sector, "code");
      if (code === null) {
        const written = narratives(sector)[0]?.text ?? null;
        if (written !== null && /^[\w.-]{1,20}$/.test(written)) {
          problems.add(`${path}/@code`, "code_in_narrative", written);
          code = written;
        } else {
          problems.add(`${path}/@code`, "missing_attribute", "sector/@code");
          return [];
        }
      }
      return [{ vocabulary, code, percentage: percentage(sector, path) }];
    });
  const percentage = (element: Element, path: string): number | null => {
    const text = attribute(element, "percentage");
    if (text === null) return null;
    const value = Number(text);
    if (!decimalPattern.test(text) || value < 0 || value > 100) {
      problems.add(`${path}/@percentage`, "bad_percentage", text);
      return null;
    }
    return value;
  };

  // Its own version: d-portal's namespaced attribute, dflat's plain one, else the root's.
  const ownVersion =
    tree.attributes.find((candidate) => candidate.uri === dPortalActivitiesNamespace && candidate.local === "version")?.value.trim() ||
    attribute(tree, "version");
  const version = ownVersion || context.rootVersion;
  if (ownVersion && context.rootVersion && ownVersion !== context.rootVersion) {
    problems.add("@version", "version_mismatch", `activity ${ownVersion}, root ${context.rootVersion}`);
  }

  const identifierElement = firstChild(tree, "iati-identifier");
  const identifier = identifierElement?.text.trim() || null;
  if (identifier === null) problems.add("iati-identifier", "missing_identifier");

  const statusElement = firstChild(tree, "activity-status");
  let status = statusElement ? attribute(statusElement, "code") : null;
  if (status !== null && !activityStatusCodes.has(status)) {
    problems.add("activity-status/@code", "unknown_code", status);
    status = null;
  }

  const dates = capped(childrenNamed(tree, "activity-date")).flatMap((element, index) => {
    const path = `activity-date[${index + 1}]`;
    const typeText = attribute(element, "type");
    const type = typeText === null ? null : activityDateType(typeText);
    if (typeText !== null && type === null) problems.add(`${path}/@type`, "unknown_code", typeText);
    const read = date(attribute(element, "iso-date"), `${path}/@iso-date`);
    return type !== null && read !== null ? [{ type: type satisfies IatiActivityDateType, date: read }] : [];
  });

  const recipientCountries = capped(childrenNamed(tree, "recipient-country")).flatMap((element, index) => {
    const code = attribute(element, "code")?.toUpperCase();
    return code ? [{ code, percentage: percentage(element, `recipient-country[${index + 1}]`) }] : [];
  });

  const tags = capped(childrenNamed(tree, "tag")).flatMap((element) => {
    const code = attribute(element, "code");
    return code ? [{ vocabulary: attribute(element, "vocabulary") ?? "", code }] : [];
  });

  const participatingOrgs = capped(childrenNamed(tree, "participating-org")).map((element) => ({
    ...organisation(element),
    role: attribute(element, "role"),
    activityId: attribute(element, "activity-id"),
  }));

  const transactions = capped(childrenNamed(tree, "transaction")).map((element, index): ReadTransaction => {
    const path = `transaction[${index + 1}]`;
    const typeElement = firstChild(element, "transaction-type");
    const typeText = typeElement ? attribute(typeElement, "code") : null;
    const type = typeText === null ? null : transactionTypeCode(typeText);
    if (typeText !== null && type === null) problems.add(`${path}/transaction-type/@code`, "unknown_code", typeText);
    const dateElement = firstChild(element, "transaction-date");
    const value = firstChild(element, "value");
    const party = (name: string) => {
      const org = firstChild(element, name);
      return org === null ? null : { ...organisation(org), activityId: attribute(org, "provider-activity-id") ?? attribute(org, "receiver-activity-id") };
    };
    const country = firstChild(element, "recipient-country");
    return {
      position: index + 1,
      ref: attribute(element, "ref"),
      type,
      date: date(dateElement ? attribute(dateElement, "iso-date") : null, `${path}/transaction-date/@iso-date`),
      value: decimal(value, `${path}/value`),
      currency: currencyOf(value, `${path}/value`),
      valueDate: date(value ? attribute(value, "value-date") : null, `${path}/value/@value-date`),
      providerOrg: party("provider-org"),
      receiverOrg: party("receiver-org"),
      description: narratives(firstChild(element, "description")),
      sectors: sectorsOf(element, `${path}/`),
      recipientCountry: (country ? attribute(country, "code") : null)?.toUpperCase() ?? null,
    };
  });

  const plannedMoney = (name: string) =>
    capped(childrenNamed(tree, name)).map((element, index): ReadPlannedMoney => {
      const path = `${name}[${index + 1}]`;
      const start = firstChild(element, "period-start");
      const end = firstChild(element, "period-end");
      const value = firstChild(element, "value");
      return {
        type: attribute(element, "type"),
        periodStart: date(start ? attribute(start, "iso-date") : null, `${path}/period-start/@iso-date`),
        periodEnd: date(end ? attribute(end, "iso-date") : null, `${path}/period-end/@iso-date`),
        value: decimal(value, `${path}/value`),
        currency: currencyOf(value, `${path}/value`),
        valueDate: date(value ? attribute(value, "value-date") : null, `${path}/value/@value-date`),
      };
    });

  const reportingOrgElement = firstChild(tree, "reporting-org");
  return {
    line: tree.line,
    identifier,
    version: version ?? null,
    lang,
    defaultCurrency,
    hierarchy: attribute(tree, "hierarchy"),
    reportingOrg: organisation(reportingOrgElement),
    titles: narratives(firstChild(tree, "title")),
    descriptions: capped(childrenNamed(tree, "description")).map((element) => ({ type: attribute(element, "type"), narratives: narratives(element) })),
    status,
    dates,
    recipientCountries,
    sectors: sectorsOf(tree, ""),
    tags,
    participatingOrgs,
    transactions,
    budgets: plannedMoney("budget"),
    plannedDisbursements: plannedMoney("planned-disbursement"),
    problems: problems.list(),
  };

  function capped<T>(rows: T[]): T[] {
    if (rows.length <= iatiReadLimits.rowsPerActivity) return rows;
    problems.add("", "too_large", `${rows.length - iatiReadLimits.rowsPerActivity} rows left out`);
    return rows.slice(0, iatiReadLimits.rowsPerActivity);
  }
}
