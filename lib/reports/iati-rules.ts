/**
 * For tests: the rules of the official IATI Validator that Socle's activity files could break, beyond the XSD
 * (`iati-schema.ts`). Each rule carries the Validator's id (its data-quality rules, IATI-Rulesets `data-quality/`) or,
 * for the Standard Ruleset (`rulesets/standard.json`) rules without one, the ruleset's own words. Read from those
 * files and written anew for Socle's output: only rules about elements Socle writes are here (decision 2140).
 */
import sax from "sax";

export type IatiRuleFinding = { id: string; severity: "error" | "warning"; activity: string; message: string };

type Node = { name: string; attributes: Record<string, string>; children: Node[]; text: string };

function parse(xml: string): Node {
  const root: Node = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  const parser = sax.parser(true, {});
  parser.onopentag = (tag) => {
    const node: Node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.write(xml).close();
  return root;
}

const all = (node: Node, name: string) => node.children.filter((child) => child.name === name);
const first = (node: Node, name: string) => node.children.find((child) => child.name === name);
const descendants = (node: Node): Node[] => node.children.flatMap((child) => [child, ...descendants(child)]);

/** Codes of the IATI codelists for the attributes Socle writes (2.03), with the Validator rule that checks each. */
const codelists = {
  ActivityStatus: ["1", "2", "3", "4", "5", "6"],
  ActivityDateType: ["1", "2", "3", "4"],
  OrganisationRole: ["1", "2", "3", "4"],
  OrganisationType: ["10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"],
  TransactionType: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
  DescriptionType: ["1", "2", "3", "4"],
  BudgetType: ["1", "2"],
  BudgetStatus: ["1", "2"],
  ResultType: ["1", "2", "3", "9"],
  IndicatorMeasure: ["1", "2", "3", "4", "5"],
  Version: ["2.01", "2.02", "2.03"],
} as const;

const inList = (list: keyof typeof codelists, code: string | undefined) => code === undefined || (codelists[list] as readonly string[]).includes(code);
const currencies = new Set<string>(Intl.supportedValuesOf("currency"));
const forbiddenInIdentifier = /[/&|?]/;

export function checkIatiRules(xml: string, now: Date): IatiRuleFinding[] {
  const findings: IatiRuleFinding[] = [];
  const today = now.toISOString().slice(0, 10);
  const root = parse(xml).children[0]!;
  const report = (activity: string, id: string, severity: "error" | "warning", message: string) => findings.push({ id, severity, activity, message });

  // 9.1.1 The IATI version of the dataset is not a valid version number.
  if (!inList("Version", root.attributes.version) || !root.attributes.version) report("", "9.1.1", "error", "invalid version");
  const activities = all(root, "iati-activity");
  const identifiers = activities.map((activity) => first(activity, "iati-identifier")?.text ?? "");

  activities.forEach((activity, index) => {
    const id = identifiers[index]!;
    const error = (rule: string, message: string) => report(id, rule, "error", message);
    const reportingOrg = first(activity, "reporting-org");
    const ref = reportingOrg?.attributes.ref;

    // Identifiers: 1.3.1 / 1.14.1 / 1.8.1 … no spaces around; 1.3.13 / 1.14.13 / 1.8.13 … none of / & | ?.
    const identifierChecks: [string, string | undefined][] = [
      ["1.3", id],
      ["1.14", ref],
      ...all(activity, "participating-org").map((org): [string, string | undefined] => ["1.8", org.attributes.ref]),
      ...all(activity, "participating-org").map((org): [string, string | undefined] => ["1.9", org.attributes["activity-id"]]),
      ...descendants(activity).filter((node) => node.name === "provider-org").map((org): [string, string | undefined] => ["1.10", org.attributes.ref]),
      ...descendants(activity).filter((node) => node.name === "receiver-org").map((org): [string, string | undefined] => ["1.15", org.attributes.ref]),
      ...descendants(activity).filter((node) => node.name === "provider-org").map((org): [string, string | undefined] => ["1.4", org.attributes["provider-activity-id"]]),
    ];
    for (const [rule, value] of identifierChecks) {
      if (value === undefined) continue;
      if (value !== value.trim()) error(`${rule}.1`, `identifier "${value}" starts or ends with spaces`);
      if (forbiddenInIdentifier.test(value)) error(`${rule}.13`, `identifier "${value}" holds /, &, | or ?`);
    }
    // 1.1.2 The activity identifier must be unique for each activity.
    if (identifiers.indexOf(id) !== index) error("1.1.2", "identifier used by another activity");
    // 1.7.2 Organisation Identifier must be present (an empty one is none); XSD: reporting-org/@type required.
    if (!ref) error("1.7.2", "reporting-org without identifier");
    if (!reportingOrg?.attributes.type || !inList("OrganisationType", reportingOrg.attributes.type)) error("codelist OrganisationType", "reporting-org type missing or invalid");
    // 1.1.3 The activity identifier must be different to the organisation identifier of the reporting organisation.
    if (ref && id === ref) error("1.1.3", "identifier equals the reporting organisation's");
    // 1.1.1 (warning) The activity identifier should begin with the organisation identifier of the reporting organisation.
    if (ref && !id.startsWith(ref)) report(id, "1.1.1", "warning", "identifier does not begin with the reporting organisation's");
    // 11.1.1 The last-updated-datetime of the activity must not be in the future.
    const updated = activity.attributes["last-updated-datetime"];
    if (updated && new Date(updated).getTime() > now.getTime()) error("11.1.1", "last-updated-datetime in the future");
    // 4.1.1 A default language, or the language of every narrative.
    if (!activity.attributes["xml:lang"] && descendants(activity).some((node) => node.name === "narrative" && !node.attributes["xml:lang"])) error("4.1.1", "narrative without language");
    // 9.3.1 / 9.9.1 Currency codes; 7.8.1 every value has a currency or the activity a default one.
    const defaultCurrency = activity.attributes["default-currency"];
    if (defaultCurrency !== undefined && !currencies.has(defaultCurrency)) error("9.3.1", `default currency ${defaultCurrency} invalid`);
    for (const value of descendants(activity).filter((node) => node.name === "value")) {
      const currency = value.attributes.currency;
      if (currency !== undefined && !currencies.has(currency)) error("9.9.1", `currency ${currency} invalid`);
      if (!currency && !defaultCurrency) error("7.8.1", "value without currency");
    }
    // 6.10.1 / 6.9.1 An organisation has an identifier or a narrative name.
    for (const org of descendants(activity).filter((node) => ["participating-org", "provider-org", "receiver-org"].includes(node.name))) {
      if (!org.attributes.ref && all(org, "narrative").length === 0) error(org.name === "participating-org" ? "6.10.1" : "6.9.1", `${org.name} without identifier or name`);
      if ("ref" in org.attributes && org.attributes.ref === "") error(org.name === "participating-org" ? "1.8.1" : "1.10.1", `${org.name} with an empty identifier`);
      if ("type" in org.attributes && !inList("OrganisationType", org.attributes.type)) error("codelist OrganisationType", `${org.name} type ${org.attributes.type} invalid`);
      if (org.name === "participating-org" && !inList("OrganisationRole", org.attributes.role)) error("codelist OrganisationRole", "participating-org role invalid");
    }
    // 9.5.1 Activity status code; 9.4.1 activity date type; 9.26.1 description type.
    for (const status of all(activity, "activity-status")) if (!inList("ActivityStatus", status.attributes.code)) error("9.5.1", "activity status invalid");
    const dates = all(activity, "activity-date");
    for (const date of dates) if (!inList("ActivityDateType", date.attributes.type)) error("9.4.1", "activity date type invalid");
    for (const description of all(activity, "description")) if (!inList("DescriptionType", description.attributes.type)) error("9.26.1", "description type invalid");
    const dateOf = (type: string) => dates.find((date) => date.attributes.type === type)?.attributes["iso-date"];
    // Standard Ruleset, atleast_one: activity-date[@type='1' or @type='2'].
    if (!dateOf("1") && !dateOf("2")) error("standard atleast_one activity-date[@type='1' or @type='2']", "no start date");
    // 11.1.2 planned start before planned end; 11.1.3 actual start before actual end; 11.1.4 / 11.1.5 actual dates not in the future.
    if (dateOf("1") && dateOf("3") && dateOf("1")! > dateOf("3")!) error("11.1.2", "planned start after planned end");
    if (dateOf("2") && dateOf("4") && dateOf("2")! > dateOf("4")!) error("11.1.3", "actual start after actual end");
    if (dateOf("2") && dateOf("2")! > today) error("11.1.4", "actual start in the future");
    if (dateOf("4") && dateOf("4")! > today) error("11.1.5", "actual end in the future");
    // 3.7.1 recipient country (or region) on the activity; 3.1.4 / 3.1.1 / 3.1.2 its percentages; 12.1.1 each within 0–100.
    const countries = all(activity, "recipient-country");
    const transactions = all(activity, "transaction");
    if (countries.length === 0 && !transactions.some((transaction) => first(transaction, "recipient-country"))) error("3.7.1", "no recipient country");
    if (countries.length > 0 && transactions.some((transaction) => first(transaction, "recipient-country"))) error("3.6.2", "recipient country on activity and transactions");
    checkPercentages(countries, "3.1", error);
    for (const country of countries) {
      const percentage = Number(country.attributes.percentage);
      if (country.attributes.percentage !== undefined && (percentage < 0 || percentage > 100)) error("12.1.1", "percentage outside 0–100");
    }
    // 6.2.2 a sector on the activity (or every transaction); 6.6.2 not both; 2.1.x percentages per vocabulary.
    const sectors = all(activity, "sector");
    if (sectors.length === 0 && !transactions.some((transaction) => first(transaction, "sector"))) error("6.2.2", "no sector");
    if (sectors.length > 0 && transactions.some((transaction) => first(transaction, "sector"))) error("6.6.2", "sector on activity and transactions");
    for (const vocabulary of new Set(sectors.map((sector) => sector.attributes.vocabulary ?? "1"))) {
      checkPercentages(sectors.filter((sector) => (sector.attributes.vocabulary ?? "1") === vocabulary), "2.1", error);
    }
    // Transactions: 11.2.1 date and 11.2.2 value date not in the future; type codelist; 7.6.1 (warning) not after last update.
    for (const transaction of transactions) {
      const date = first(transaction, "transaction-date")?.attributes["iso-date"];
      const valueDate = first(transaction, "value")?.attributes["value-date"];
      if (date && date > today) error("11.2.1", `transaction date ${date} in the future`);
      if (valueDate && valueDate > today) error("11.2.2", `transaction value date ${valueDate} in the future`);
      if (!inList("TransactionType", first(transaction, "transaction-type")?.attributes.code)) error("codelist TransactionType", "transaction type invalid");
      if (date && updated && date > updated.slice(0, 10)) report(id, "7.6.1", "warning", "transaction date after the activity's last update");
    }
    // Budgets and planned disbursements: 8.6.3 period start not after its end; 7.5.2 a budget's value date; 7.5.3 at most a year.
    for (const money of [...all(activity, "budget"), ...all(activity, "planned-disbursement")]) {
      const start = first(money, "period-start")?.attributes["iso-date"];
      const end = first(money, "period-end")?.attributes["iso-date"];
      if (start && end && start > end) error("8.6.3", `${money.name} period starts after it ends`);
      if (money.name !== "budget") continue;
      if (!first(money, "value")?.attributes["value-date"]) error("7.5.2", "budget value without value date");
      if (start && end && new Date(`${end}T00:00:00Z`) > oneYearAfter(start)) error("7.5.3", "budget period longer than a year");
      if (!inList("BudgetType", money.attributes.type) || !inList("BudgetStatus", money.attributes.status)) error("9.7.1", "budget type or status invalid");
    }
    // Results: 8.6.1 period start before its end; 8.8.1 / 8.9.1 / 8.10.1 baseline, target and actual values for measures 1–4.
    for (const result of all(activity, "result")) {
      if (!inList("ResultType", result.attributes.type)) error("codelist ResultType", "result type invalid");
      for (const indicator of all(result, "indicator")) {
        const measured = ["1", "2", "3", "4"].includes(indicator.attributes.measure ?? "");
        if (!inList("IndicatorMeasure", indicator.attributes.measure)) error("codelist IndicatorMeasure", "indicator measure invalid");
        for (const baseline of all(indicator, "baseline")) if (measured && baseline.attributes.value === undefined) error("8.8.1", "baseline without value");
        for (const period of all(indicator, "period")) {
          const start = first(period, "period-start")?.attributes["iso-date"];
          const end = first(period, "period-end")?.attributes["iso-date"];
          if (start && end && start > end) error("8.6.1", "result period starts after it ends");
          for (const target of all(period, "target")) if (measured && target.attributes.value === undefined) error("8.9.1", "target without value");
          for (const actual of all(period, "actual")) if (measured && actual.attributes.value === undefined) error("8.10.1", "actual without value");
        }
      }
    }
  });
  return findings;
}

function oneYearAfter(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date;
}

/** The Validator's percentage checks for a group (idclass.4 single not 100, .1 some missing, .2 not summing to 100). */
function checkPercentages(group: Node[], idclass: string, error: (rule: string, message: string) => void) {
  if (group.length === 0) return;
  const percentages = group.map((node) => node.attributes.percentage);
  if (group.length === 1) {
    if (percentages[0] !== undefined && Number(percentages[0]) !== 100) error(`${idclass}.4`, "a single one's percentage is not 100");
    return;
  }
  if (percentages.some((percentage) => percentage === undefined)) return error(`${idclass}.1`, "percentages missing");
  const sum = percentages.reduce((total, percentage) => total + Number(percentage), 0);
  if (Math.abs(sum - 100) > 0.0101) error(`${idclass}.2`, `percentages add up to ${sum}`);
}
