/**
 * A matrix's content as an endorsed version freezes it, and as the draft is read to compare with one: its live items
 * and the inventory's live schemes. Comparing two contents says what was added, changed and removed, item by item.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import { type Queryable, readEach } from "@/db/engine";
import { assessmentItems, schemes } from "@/db/schema";
import { type AssessmentSection, type Guarantee, guarantees, type sharingLevels } from "@/db/schema/values";

export type FrozenItem = {
  id: string;
  guarantee: Guarantee;
  section: AssessmentSection;
  position: number;
  statement: string;
  details: string;
  recommendationKind: "benefit_coverage" | "management" | null;
  priority: "high" | "medium" | "low" | null;
  status: "proposed" | "endorsed" | "adopted" | "dropped" | null;
};

export type FrozenScheme = {
  id: string;
  nationalName: string;
  englishName: string;
  guarantees: Guarantee[];
  status: "planned" | "pilot" | "in_force" | "discontinued";
  /** Kept so that a version read outside the country leaves out the schemes kept to it. */
  sharingLevel: (typeof sharingLevels)[number];
};

export type AssessmentContent = { items: FrozenItem[]; schemes: FrozenScheme[] };

const sectionOrder = ["policy_gap", "implementation_issue", "recommendation"] as const;

/** Items in the matrix's reading order: guarantee, section, position. */
export function inMatrixOrder<Item extends Pick<FrozenItem, "guarantee" | "section" | "position">>(items: Item[]): Item[] {
  return [...items].sort(
    (a, b) =>
      guarantees.indexOf(a.guarantee) - guarantees.indexOf(b.guarantee) ||
      sectionOrder.indexOf(a.section) - sectionOrder.indexOf(b.section) ||
      a.position - b.position,
  );
}

/** The country's live schemes, as a block lists them and a version freezes them. */
export function readInventory(db: Queryable, countryCode: string): Promise<FrozenScheme[]> {
  return db
    .select({
      id: schemes.id,
      nationalName: schemes.nationalName,
      englishName: schemes.englishName,
      guarantees: schemes.guarantees,
      status: schemes.status,
      sharingLevel: schemes.sharingLevel,
    })
    .from(schemes)
    .where(and(eq(schemes.countryCode, countryCode), isNull(schemes.deletedAt)))
    .orderBy(asc(schemes.nationalName), asc(schemes.id));
}

/** What a version freezes of an item: what it says and where it stands, nothing of its editing. */
export function frozenItemOf(item: FrozenItem): FrozenItem {
  const { id, guarantee, section, position, statement, details, recommendationKind, priority, status } = item;
  return { id, guarantee, section, position, statement, details, recommendationKind, priority, status };
}

/** The columns of what a version freezes of an item (`FrozenItem`); the matrix's pages read these and more. */
export const frozenItemColumns = {
  id: assessmentItems.id,
  guarantee: assessmentItems.guarantee,
  section: assessmentItems.section,
  position: assessmentItems.position,
  statement: assessmentItems.statement,
  details: assessmentItems.details,
  recommendationKind: assessmentItems.recommendationKind,
  priority: assessmentItems.priority,
  status: assessmentItems.status,
};

/** The country's matrix as it stands: every live item and every live scheme of its inventory. */
export async function readDraftContent(db: Queryable, countryCode: string): Promise<AssessmentContent> {
  const [items, inventory] = await readEach(db, [
    () =>
      db
        .select(frozenItemColumns)
        .from(assessmentItems)
        .where(and(eq(assessmentItems.countryCode, countryCode), isNull(assessmentItems.deletedAt))),
    () => readInventory(db, countryCode),
  ]);
  return { items: inMatrixOrder(items), schemes: inventory };
}

/** The fields whose change the comparison reports (an item's place is its order, not a change of what it says). */
export const comparedFields = ["statement", "details", "recommendationKind", "priority", "status"] as const;
export type ComparedField = (typeof comparedFields)[number];

export type ContentComparison = {
  added: FrozenItem[];
  changed: { before: FrozenItem; after: FrozenItem; fields: ComparedField[] }[];
  removed: FrozenItem[];
};

/** What changed from one content to another, item by item, each list in the matrix's order. */
export function compareContents(before: AssessmentContent, after: AssessmentContent): ContentComparison {
  const earlier = new Map(before.items.map((item) => [item.id, item]));
  const later = new Set(after.items.map((item) => item.id));
  const changed: ContentComparison["changed"] = [];
  const added: FrozenItem[] = [];
  for (const item of after.items) {
    const previous = earlier.get(item.id);
    if (!previous) {
      added.push(item);
      continue;
    }
    const fields = comparedFields.filter((field) => previous[field] !== item[field]);
    if (fields.length > 0) changed.push({ before: previous, after: item, fields });
  }
  return { added, changed, removed: before.items.filter((item) => !later.has(item.id)) };
}

export const hasChanges = (comparison: ContentComparison) => comparison.added.length + comparison.changed.length + comparison.removed.length > 0;
