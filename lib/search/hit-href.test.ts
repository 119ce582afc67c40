import { describe, expect, it } from "vitest";
import { searchKinds } from "@/lib/validation/search";
import { hrefOfHit } from "./hit-href";

const hit = { id: "0b7c1d6e-2f3a-4b5c-8d9e-0f1a2b3c4d5e", countryCode: "MZ" };

describe("where a search hit opens", () => {
  it("opens each kind on its own page, a country's records under their country", () => {
    expect(Object.fromEntries(searchKinds.map((kind) => [kind, hrefOfHit(kind, hit)]))).toEqual({
      resources: `/library/${hit.id}`,
      experiences: `/experiences/${hit.id}`,
      milestones: `/countries/MZ/milestones/${hit.id}`,
      support: `/support/${hit.id}`,
      schemes: `/countries/MZ/schemes/${hit.id}`,
      assessment: `/countries/MZ/assessment/items/${hit.id}`,
    });
  });
});
