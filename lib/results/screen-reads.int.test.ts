/**
 * The two reads the results' screens add: what a followed indicator may be linked to (the country's key steps,
 * schemes and recommendations, to those who write its results only), and the withdrawn values those people may
 * restore (none for anyone else; a declined proposal is not among them).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/database";
import { declineProposal } from "./decline-proposal";
import { listIndicatorLinkChoices } from "./link-choices";
import { proposeIndicatorValue } from "./propose-value";
import { recordIndicatorValue } from "./record-value";
import { createResultsCast, follow, type ResultsCast } from "./test-helpers";
import { withdrawIndicatorValue } from "./withdraw-value";
import { listWithdrawnValues } from "./withdrawn-values";

const database = useTestDatabase();
let people: ResultsCast;
let coverage: string;
beforeAll(async () => {
  people = await createResultsCast(database);
  coverage = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
});

describe("the link choices of a followed indicator", () => {
  it("are the country's key steps in order, for its working group and coordinators", async () => {
    const choices = await listIndicatorLinkChoices(database.db, people.benin, "BJ");
    expect(choices.steps.length).toBeGreaterThan(0);
    expect(choices.steps.map((step) => step.position)).toEqual([...choices.steps.map((step) => step.position)].sort((a, b) => a - b));
    expect(Array.isArray(choices.schemes) && Array.isArray(choices.recommendations)).toBe(true);
    expect((await listIndicatorLinkChoices(database.db, people.coordinator, "BJ")).steps).toEqual(choices.steps);
  });

  it("are refused to another country's member and to an adviser", async () => {
    await expect(listIndicatorLinkChoices(database.db, people.togo, "BJ")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listIndicatorLinkChoices(database.db, people.adviser, "BJ")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the withdrawn values of a followed indicator", () => {
  it("are listed, newest first, to those who may restore them, leaving out declined proposals", async () => {
    const first = await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: coverage, period: "2018", value: "10", source: "", note: "" });
    const second = await recordIndicatorValue(database.db, people.benin, { countryIndicatorId: coverage, period: "2019", value: "11", source: "", note: "" });
    await withdrawIndicatorValue(database.db, people.benin, { id: first.id, version: 1, reason: "Typed in the wrong series" });
    await withdrawIndicatorValue(database.db, people.benin, { id: second.id, version: 1, reason: "Revised by the survey" });
    const proposal = await proposeIndicatorValue(database.db, people.adviser, { countryIndicatorId: coverage, period: "2021", value: "12", source: "", note: "" });
    await declineProposal(database.db, people.benin, { id: proposal.id, version: 1, reason: "Not yet published" });

    const withdrawn = await listWithdrawnValues(database.db, people.benin, coverage);
    expect(withdrawn.map((row) => [row.period, row.value, row.reason])).toEqual([
      ["2019", "11", "Revised by the survey"],
      ["2018", "10", "Typed in the wrong series"],
    ]);
    expect(await listWithdrawnValues(database.db, people.adviser, coverage)).toEqual([]);
    expect(await listWithdrawnValues(database.db, people.togo, coverage)).toEqual([]);
  });
});
