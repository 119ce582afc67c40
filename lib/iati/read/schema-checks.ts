/**
 * The few schema rules the reader checks by itself (decision 2120): attributes the IATI 2.03 schema requires on the
 * elements agencies get wrong most often, and undeclared plain attributes on the activity and its budget items.
 * Not a validator: the import reports them per activity so that the adviser sees why their file fails the XSD.
 */
import { type Element, attribute } from "./element-tree";
import type { ProblemList } from "./problem-list";

/** Required attributes by element (IATI 2.03 XSD `use="required"`). */
const requiredAttributes: Record<string, string[]> = {
  "reporting-org": ["ref", "type"],
  "activity-status": ["code"],
  "activity-date": ["iso-date", "type"],
  "recipient-country": ["code"],
  "recipient-region": ["code"],
  tag: ["code", "vocabulary"],
  "transaction-type": ["code"],
  "transaction-date": ["iso-date"],
  "period-start": ["iso-date"],
  "period-end": ["iso-date"],
  "location-id": ["code", "vocabulary"],
  administrative: ["code", "vocabulary"],
  point: ["srsName"],
  indicator: ["measure"],
  "document-link": ["url", "format"],
  "budget-item": ["code"],
  "participating-org": ["role"],
};

/** Elements whose value must carry a value-date (budgets, planned disbursements, transactions). */
const valueParents = new Set(["transaction", "budget", "planned-disbursement"]);

/** Plain attributes the schema declares, for the elements whose extras published files show. */
const declaredAttributes: Record<string, Set<string>> = {
  "iati-activity": new Set(["last-updated-datetime", "default-currency", "humanitarian", "hierarchy", "linked-data-uri", "budget-not-provided"]),
  "budget-item": new Set(["code", "percentage"]),
};

/** Walks the element's subtree, adding a problem per rule broken; `path` is the element's path ("" for the activity). */
export function checkAttributes(element: Element, path: string, problems: ProblemList, parentName = ""): void {
  for (const name of requiredAttributes[element.name] ?? []) {
    if (attribute(element, name) === null) problems.add(`${path}${path ? "/" : ""}@${name}`, "missing_attribute", `${element.name}/@${name}`);
  }
  if (element.name === "value" && valueParents.has(parentName) && attribute(element, "value-date") === null) {
    problems.add(`${path}/@value-date`, "missing_attribute", "value/@value-date");
  }
  const declared = declaredAttributes[element.name];
  if (declared) {
    for (const candidate of element.attributes) {
      if (candidate.uri === "" && !candidate.name.startsWith("xmlns") && !declared.has(candidate.name)) {
        problems.add(`${path}${path ? "/" : ""}@${candidate.name}`, "unknown_attribute", `${element.name}/@${candidate.name}`);
      }
    }
  }
  const seen = new Map<string, number>();
  for (const child of element.children) {
    const position = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, position);
    checkAttributes(child, `${path}${path ? "/" : ""}${child.name}[${position}]`, problems, element.name);
  }
}
