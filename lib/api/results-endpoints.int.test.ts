/**
 * The results' endpoints through the API's core, on a real database: Benin's working group follows a series, records
 * and corrects values, an ILO adviser proposes one that a member accepts and another that a member declines, one
 * series is read across countries; stale versions answer 409 with the record as it stands, bad input 422, and a
 * Togo member, an adviser and a reviewer write nothing and read nothing of indicators kept to Benin.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createResultsCast, indicatorIdOf, type ResultsCast } from "@/lib/results/test-helpers";
import { apiCaller, type ApiAnswer, expectRefusedUnchanged } from "@/lib/testing/api-calls";
import { useTestDatabase } from "@/lib/testing/database";

const database = useTestDatabase();
let people: ResultsCast;
beforeAll(async () => {
  people = await createResultsCast(database);
});

type Followed = { id: string; version: number; sharingLevel: string; baseline: unknown; targets: unknown; values: { id: string; period: string; sex: string; value: string; version: number }[]; proposals: { id: string; version: number }[] };
type Change = { id: string; version: number; countryCode: string; countryIndicator: Followed | null };
type Answer = ApiAnswer<unknown>;

/** A request to `path` (an endpoint's declared path) with its parameters filled in. */
const api = apiCaller<unknown>(database);
const change = (answer: Answer) => answer.body.data as Change;

const refusedUnchanged = (request: () => Promise<unknown>, expected: Record<string, unknown>) => expectRefusedUnchanged(database, request, expected);

const following = { baselineValue: "12.5", baselineYear: 2019, baselineSource: "ILO WSPR", targets: [{ year: 2030, value: "40" }, { year: 2025, value: "25" }] };
let followedId = "";
let version = 1;

describe("Benin's results through /api/v1", () => {
  it("lists the catalogue to anyone signed in", async () => {
    const answer = await api(people.reviewer, "GET", "/indicators");
    const codes = (answer.body.data as { code: string }[]).map((row) => row.code);
    expect(codes).toEqual(expect.arrayContaining(["SI_COV_BENFTS", "SI_COV_CHLD", "SI_COV_PENSN"]));
    await expect(api(people.reviewer, "GET", "/indicators?withdrawn=true", {}, undefined)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("follows a series in Benin, once, and refuses the same series twice", async () => {
    const indicatorId = await indicatorIdOf(database, "SI_COV_BENFTS");
    const answer = await api(people.benin, "POST", "/countries/{code}/results", { code: "bj" }, { indicatorId, ...following });
    expect(answer.status).toBe(201);
    const followed = change(answer);
    expect(followed).toMatchObject({ countryCode: "BJ", version: 1, countryIndicator: { sharingLevel: "country", baseline: { value: "12.5", year: 2019 }, targets: [{ year: 2025 }, { year: 2030 }] } });
    followedId = followed.id;
    await refusedUnchanged(() => api(people.beninColleague, "POST", "/countries/{code}/results", { code: "BJ" }, { indicatorId, ...following }), {
      code: "INVALID",
      fieldErrors: { indicatorId: "resultsRules.alreadyFollowed" },
    });
    const pensions = await indicatorIdOf(database, "SI_COV_PENSN");
    await refusedUnchanged(() => api(people.benin, "POST", "/countries/{code}/results", { code: "BJ" }, { indicatorId: pensions, baselineValue: "3" }), {
      code: "INVALID",
      fieldErrors: { baselineYear: "resultsRules.baselineNeedsYear" },
    });
  });

  it("refuses the follow to a Togo member, an adviser and a reviewer, changing nothing", async () => {
    const indicatorId = await indicatorIdOf(database, "SI_COV_PENSN");
    for (const actor of [people.togo, people.adviser, people.reviewer]) {
      await refusedUnchanged(() => api(actor, "POST", "/countries/{code}/results", { code: "BJ" }, { indicatorId }), { code: "FORBIDDEN" });
    }
  });

  it("records values, corrects one under its version and answers 409 to a stale edit with the value as it stands", async () => {
    const recorded = change(await api(people.benin, "POST", "/country-indicators/{id}/values", { id: followedId }, { period: "2021", value: "15.2", source: "INSAE" }));
    await api(people.benin, "POST", "/country-indicators/{id}/values", { id: followedId }, { period: "2021", sex: "female", value: "13.1" });
    expect(recorded.countryIndicator!.values.map((value) => [value.period, value.sex, value.value])).toEqual([["2021", "total", "15.2"]]);
    const edited = change(await api(people.beninColleague, "PATCH", "/indicator-values/{id}", { id: recorded.id }, { version: 1, period: "2021", value: "15.4", source: "INSAE" }));
    expect(edited).toMatchObject({ id: recorded.id, version: 2 });
    expect(edited.countryIndicator!.values.find((value) => value.id === recorded.id)!.value).toBe("15.4");
    await refusedUnchanged(() => api(people.benin, "PATCH", "/indicator-values/{id}", { id: recorded.id }, { version: 1, period: "2021", value: "99" }), {
      code: "CONFLICT",
      current: { version: 2 },
    });
    await refusedUnchanged(() => api(people.benin, "POST", "/country-indicators/{id}/values", { id: followedId }, { period: "2021", value: "16" }), { code: "INVALID" });
    await refusedUnchanged(() => api(people.benin, "POST", "/country-indicators/{id}/values", { id: followedId }, { period: "2022", value: "140" }), { code: "INVALID" });
    await refusedUnchanged(() => api(people.togo, "POST", "/country-indicators/{id}/values", { id: followedId }, { period: "2022", value: "14" }), { code: "NOT_FOUND" });
  });

  it("keeps a followed indicator kept to Benin from a Togo member, an adviser and a reviewer", async () => {
    for (const actor of [people.togo, people.adviser, people.reviewer]) {
      await expect(api(actor, "GET", "/country-indicators/{id}", { id: followedId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const results = (await api(actor, "GET", "/countries/{code}/results", { code: "BJ" })).body.data as { indicators: unknown[] };
      expect(results.indicators).toEqual([]);
      const across = (await api(actor, "GET", "/indicators/{code}/countries", { code: "SI_COV_BENFTS" })).body.data as { countries: unknown[] };
      expect(across.countries).toEqual([]);
    }
    await expect(api(people.togo, "GET", "/indicators/{code}/countries", { code: "NOT_A_SERIES" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shares it with everyone; an adviser proposes values, a member accepts one and declines the other", async () => {
    const shared = change(await api(people.benin, "PATCH", "/country-indicators/{id}", { id: followedId }, { version, ...following, sharingLevel: "all" }));
    version = shared.version;
    expect(shared.countryIndicator!.sharingLevel).toBe("all");
    const across = (await api(people.reviewer, "GET", "/indicators/{code}/countries", { code: "SI_COV_BENFTS" })).body.data as { countries: { countryCode: string; period: string; value: string }[] };
    expect(across.countries).toEqual([expect.objectContaining({ countryCode: "BJ", period: "2021", value: "15.4" })]);

    const proposed = change(await api(people.adviser, "POST", "/country-indicators/{id}/proposals", { id: followedId }, { period: "2021", value: "15.9", source: "ILOSTAT" }));
    expect(proposed.countryIndicator!.proposals.map((proposal) => proposal.id)).toEqual([proposed.id]);
    const other = change(await api(people.adviser, "POST", "/country-indicators/{id}/proposals", { id: followedId }, { period: "2022", value: "17" }));
    await refusedUnchanged(() => api(people.adviser, "POST", "/indicator-values/{id}/accept", { id: proposed.id }, { version: 1 }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.togo, "POST", "/indicator-values/{id}/accept", { id: proposed.id }, { version: 1 }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.benin, "POST", "/country-indicators/{id}/proposals", { id: followedId }, { period: "2023", value: "18" }), { code: "FORBIDDEN" });

    const accepted = change(await api(people.benin, "POST", "/indicator-values/{id}/accept", { id: proposed.id }, { version: 1 }));
    expect(accepted.countryIndicator!.values.filter((value) => value.sex === "total").map((value) => [value.period, value.value])).toEqual([["2021", "15.9"]]);
    const declined = change(await api(people.beninColleague, "POST", "/indicator-values/{id}/decline", { id: other.id }, { version: 1, reason: "Not published yet" }));
    expect(declined.countryIndicator!.proposals).toEqual([]);
    await refusedUnchanged(() => api(people.benin, "POST", "/indicator-values/{id}/decline", { id: other.id }, { version: 2, reason: "again" }), { code: "INVALID" });
  });

  it("withdraws and restores a value, and stops following the indicator, with a reason", async () => {
    const results = (await api(people.benin, "GET", "/countries/{code}/results", { code: "BJ" })).body.data as { indicators: Followed[] };
    const female = results.indicators[0]!.values.find((value) => value.sex === "female")!;
    const withdrawn = change(await api(people.benin, "POST", "/indicator-values/{id}/withdraw", { id: female.id }, { version: female.version, reason: "Typed twice" }));
    expect(withdrawn.countryIndicator!.values.some((value) => value.id === female.id)).toBe(false);
    const restored = change(await api(people.benin, "POST", "/indicator-values/{id}/restore", { id: female.id }, { version: withdrawn.version }));
    expect(restored.countryIndicator!.values.some((value) => value.id === female.id)).toBe(true);

    await refusedUnchanged(() => api(people.togo, "POST", "/country-indicators/{id}/withdraw", { id: followedId }, { version, reason: "no" }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.benin, "POST", "/country-indicators/{id}/withdraw", { id: followedId }, { version: version - 1, reason: "stale" }), { code: "CONFLICT" });
    const stopped = change(await api(people.benin, "POST", "/country-indicators/{id}/withdraw", { id: followedId }, { version, reason: "Replaced by a national series" }));
    expect(stopped).toMatchObject({ id: followedId, version: version + 1, countryIndicator: null });
    const back = change(await api(people.coordinator, "POST", "/country-indicators/{id}/restore", { id: followedId }, { version: version + 1 }));
    expect(back.countryIndicator).toMatchObject({ id: followedId });
  });
});
