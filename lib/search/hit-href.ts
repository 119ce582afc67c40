/** Where a search hit opens: its own page (a matrix item's within its country's assessment), or a support entry's. */
import type { SearchKind } from "@/lib/validation/search";
import type { SearchHit } from "./search-everything";

export function hrefOfHit(kind: SearchKind, hit: Pick<SearchHit, "id" | "countryCode">): string {
  switch (kind) {
    case "resources":
      return `/library/${hit.id}`;
    case "experiences":
      return `/experiences/${hit.id}`;
    case "milestones":
      return `/countries/${hit.countryCode}/milestones/${hit.id}`;
    case "schemes":
      return `/countries/${hit.countryCode}/schemes/${hit.id}`;
    case "assessment":
      return `/countries/${hit.countryCode}/assessment/items/${hit.id}`;
    case "support":
      return `/support/${hit.id}`;
  }
}
