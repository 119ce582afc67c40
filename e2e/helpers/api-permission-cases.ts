/**
 * The matrix that e2e/api-authorization.spec.ts walks: who visits (every role by API token and by session, and
 * the visitors who must be refused), every /api/v1 write and scoped read at a target in scope, in another scope
 * or forged, and the answer the permission table gives for each.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "../../lib/actor";
import { type Action, can, mayEverDo, type Role, type Target } from "../../lib/permissions";
import { assessmentGap, assessmentItemWrites, scheme, schemeWrites } from "./api-assessment-cases";
import { type CostingMade, costingReads, costingWrites } from "./api-costing-cases";
import { type PlansRoundsMade, planWrites, plansRoundsReads, reportWrites, roundCases } from "./api-plans-rounds-cases";
import { type FundingMade, fundingCases } from "./api-funding-cases";
import { type IatiUpload, iatiImportCases } from "./api-iati-import-cases";
import { type ResultsMade, resultsReads, resultsWrites } from "./api-results-cases";
import { webhookReads, webhookWrites } from "./api-webhook-cases";
import { unique } from "./forged-forms";

export { assessmentGap, scheme };

export type Scope = { countryCode: string; agencyAcronym: string };
// Countries and agencies no other spec reads or writes.
export const own: Scope = { countryCode: "PH", agencyAcronym: "WFP" };
export const other: Scope = { countryCode: "AR", agencyAcronym: "FAO" };
export const today = new Date().toISOString().slice(0, 10);

export type PersonSpec = { role: Role | null; countryCode?: string; agencyAcronym?: string };
export type Via = "token" | "session" | "session without Origin" | "revoked token" | "expired token" | "unknown token" | "malformed bearer" | "nothing";
export type Visitor = { label: string; person?: PersonSpec; via: Via; deactivated?: boolean };

const roles: [string, PersonSpec][] = [
  ["a coordinator", { role: "coordinator" }],
  ["a working group member", { role: "working_group_member", countryCode: own.countryCode }],
  ["an agency adviser", { role: "agency_adviser", agencyAcronym: own.agencyAcronym }],
  ["a reviewer", { role: "reviewer" }],
  ["a person with no role", { role: null }],
];
const coordinatorSpec = roles[0]![1];
const memberSpec = roles[1]![1];
export const visitors: Visitor[] = [
  ...roles.flatMap(([label, person]): Visitor[] => [
    { label: `${label} with an API token`, person, via: "token" },
    { label: `${label} signed in`, person, via: "session" },
  ]),
  { label: "a coordinator signed in, writing without Origin", person: coordinatorSpec, via: "session without Origin" },
  { label: "a coordinator's revoked token", person: coordinatorSpec, via: "revoked token" },
  { label: "a coordinator's expired token", person: coordinatorSpec, via: "expired token" },
  { label: "a deactivated member's token", person: memberSpec, via: "token", deactivated: true },
  { label: "a deactivated member's session", person: memberSpec, via: "session", deactivated: true },
  { label: "a token Socle never issued", via: "unknown token" },
  { label: "a malformed bearer header", via: "malformed bearer" },
  { label: "nobody", via: "nothing" },
];

/** One request of the matrix: what it asks for, and what the table is asked about it. */
export type Call = { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; url: string; body?: unknown };
export type Where = "own" | "other" | "forged" | "anywhere";
export type Case = {
  name: string;
  action: Action;
  /** A second action that also allows it (a country report is read by those who write it and those who review it). */
  alsoAllowedBy?: Action;
  where: Where;
  /** The target the permission is judged on; null for a forged or unknown id. */
  target: Target | null;
  call: () => Call;
  /** Brings the record to the state the case needs, as the set-up's people, before the database is fingerprinted. */
  arrange?: () => Promise<void>;
  /** A list read filtered by an unknown country is an empty page, not an error: filters narrow, they name nothing. */
  forgedAnswer?: "empty";
  /** Countries whose milestones this read lists in full: the one kept to its country must show iff readable. */
  lists?: string[];
  /** A write's answer carries the record's new version, for the next edit. */
  versionOf?: string;
  /** What an allowed answer's `data` tells the next cases (the costing's versions, say). */
  after?: (data: unknown) => void;
  /** The caller's own home: allowed to anyone holding a role the action lists, wherever that role reaches. */
  own?: true;
};

/** What the spec's set-up made, which the cases name: ids by country or agency, and each record's latest version. */
export type Made = {
  agencyIds: Map<string, string>;
  stepIds: Map<string, string>;
  keptMilestones: Map<string, { id: string; title: string }>;
  entries: Map<string, string>;
  /** A scheme of each country's inventory, kept to the country. */
  schemes: Map<string, string>;
  /** An item of each country's assessment matrix, kept to the country (the matrix's default). */
  assessmentItems: Map<string, string>;
  /** Each country's costing, kept to the country, validated once. */
  costings: Map<string, CostingMade>;
  /** Each country's followed indicator, shared with everyone, and a value of it. */
  results: Map<string, ResultsMade>;
  /** Each country's planned milestone, baselines and report, the rounds, and who arranges a report's status. */
  plansRounds?: PlansRoundsMade;
  /** Uploads an IATI file for an agency and waits for its dry run (the IATI import's cases arrange with it). */
  iatiUpload?: IatiUpload;
  /** The set-up's exchange rate and the funding settings as they were. */
  funding?: FundingMade;
  versions: Map<string, number>;
};

const scoped = (where: "own" | "other") => (where === "own" ? own : other);

/** Every case of the matrix, over what the spec's set-up made. */
export function cases(made: Made): Case[] {
  const { agencyIds, stepIds, keptMilestones, entries, schemes, assessmentItems, versions } = made;
  const scopeTarget = (scope: Scope): Target => ({ countryCode: scope.countryCode, agencyId: agencyIds.get(scope.agencyAcronym)! });
  const all: Case[] = [];
  for (const where of ["own", "other", "forged"] as const) {
    const scope = where === "forged" ? own : scoped(where);
    const target = where === "forged" ? null : scopeTarget(scope);
    const code = where === "forged" ? "ZZ" : scope.countryCode;
    // Writes.
    all.push(
      {
        name: "POST /countries/{code}/milestones",
        action: "milestone.log",
        where,
        target,
        // Forged: a step of another country, sent under our own country's address.
        call: () => ({
          method: "POST",
          url: `/countries/${scope.countryCode}/milestones`,
          body: { countryStepId: stepIds.get(where === "forged" ? other.countryCode : scope.countryCode), title: unique("API milestone"), occurredOn: "2025-04-01" },
        }),
      },
      {
        name: "PATCH /milestones/{id}",
        action: "milestone.edit",
        where,
        target,
        versionOf: where === "forged" ? undefined : keptMilestones.get(scope.countryCode)?.id,
        call: () => {
          const id = where === "forged" ? randomUUID() : keptMilestones.get(scope.countryCode)!.id;
          return { method: "PATCH", url: `/milestones/${id}`, body: { version: versions.get(id) ?? 1, title: keptMilestones.get(scope.countryCode)!.title, occurredOn: today, description: unique("Edited") } };
        },
      },
      {
        name: "POST /support-entries",
        action: "support.write",
        where,
        target,
        // Forged: an agency id that names no agency.
        call: () => ({
          method: "POST",
          url: "/support-entries",
          body: {
            countryCode: scope.countryCode,
            agencyId: where === "forged" ? randomUUID() : agencyIds.get(scope.agencyAcronym),
            kind: "technical",
            technicalCategory: "costing_modelling",
            title: unique("API entry"),
            status: "planned",
          },
        }),
      },
      {
        name: "PATCH /support-entries/{id}",
        action: "support.write",
        where,
        target,
        versionOf: where === "forged" ? undefined : entries.get(scope.countryCode),
        call: () => {
          const id = where === "forged" ? randomUUID() : entries.get(scope.countryCode)!;
          return { method: "PATCH", url: `/support-entries/${id}`, body: { version: versions.get(id) ?? 1, ...financialEntry(unique("Grant")) } };
        },
      },
      {
        name: "POST /support-entries/{id}/transactions",
        action: "support.write",
        where,
        target,
        versionOf: where === "forged" ? undefined : entries.get(scope.countryCode),
        call: () => ({
          method: "POST",
          url: `/support-entries/${where === "forged" ? randomUUID() : entries.get(scope.countryCode)}/transactions`,
          body: { type: "pledged", amount: "1.25", occurredOn: today },
        }),
      },
      // A scheme of a country's inventory: added, edited, then withdrawn and restored (so it stays for the next visitor).
      {
        name: "POST /countries/{code}/schemes",
        action: "scheme.write",
        where,
        target: where === "forged" ? null : { countryCode: scope.countryCode },
        call: () => ({ method: "POST", url: `/countries/${code}/schemes`, body: scheme(unique("API scheme")) }),
      },
      ...schemeWrites(where, where === "forged" ? null : { countryCode: scope.countryCode }, () => (where === "forged" ? randomUUID() : schemes.get(scope.countryCode)!), versions),
      // An item of a country's assessment matrix: added, edited, moved, then withdrawn and restored (so it stays for the next visitor).
      {
        name: "POST /countries/{code}/assessment/items",
        action: "assessment.write",
        where,
        target: where === "forged" ? null : { countryCode: scope.countryCode },
        call: () => ({ method: "POST", url: `/countries/${code}/assessment/items`, body: assessmentGap(unique("API gap")) }),
      },
      ...assessmentItemWrites(where, where === "forged" ? null : { countryCode: scope.countryCode }, () => (where === "forged" ? randomUUID() : assessmentItems.get(scope.countryCode)!), versions),
      ...costingWrites(where, code, own.countryCode, made),
      ...resultsWrites(where, code, made),
      ...planWrites(where, code, made),
      ...reportWrites(where, code, made),
      ...iatiImportCases(where, scope, made),
      ...webhookWrites(where, scope, made),
      // A write-up for a country (its working group writes it), or for an agency in a country (its advisers do).
      {
        name: "POST /experiences (for a country)",
        action: "experience.write",
        where,
        target: where === "forged" ? null : { countryCode: scope.countryCode },
        call: () => ({ method: "POST", url: "/experiences", body: experience(code) }),
      },
      {
        name: "POST /experiences (for an agency)",
        action: "experience.write",
        where,
        target: where === "forged" ? null : { agencyId: agencyIds.get(scope.agencyAcronym)! },
        call: () => ({ method: "POST", url: "/experiences", body: { ...experience(scope.countryCode), agencyId: where === "forged" ? randomUUID() : agencyIds.get(scope.agencyAcronym) } }),
      },
    );
    // Reads scoped by a country.
    const countryTarget = where === "forged" ? null : { countryCode: code };
    all.push(
      { name: "GET /countries/{code}", action: "country.read", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}` }) },
      { name: "GET /countries/{code}/steps", action: "country.read", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}/steps` }) },
      // A country's public page (decision 2200): each allowed switch turns it over, over the quality check's warnings.
      { name: "GET /countries/{code}/publication", action: "country.publish", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}/publication` }) },
      {
        name: "PUT /countries/{code}/publication",
        action: "country.publish",
        where,
        target: countryTarget,
        versionOf: `publication:${code}`,
        // The set-up read each country's switch as it stands (another spec may have published it); each allowed call turns it over.
        call: () => {
          const version = versions.get(`publication:${code}`) ?? 0;
          return { method: "PUT", url: `/countries/${code}/publication`, body: { published: versions.get(`published:${code}`) !== 1, version, publishAnyway: true } };
        },
        after: (data) => versions.set(`published:${code}`, (data as { published: boolean }).published ? 1 : 0),
      },
      {
        name: "GET /milestones?country=",
        action: "country.read",
        where,
        target: countryTarget,
        forgedAnswer: "empty",
        lists: where === "forged" ? [] : [code],
        call: () => ({ method: "GET", url: `/milestones?country=${code}&limit=200` }),
      },
      { name: "GET /support-entries?country=", action: "support.read", where, target: countryTarget, forgedAnswer: "empty", call: () => ({ method: "GET", url: `/support-entries?country=${code}` }) },
      { name: "GET /needs?country=", action: "support.read", where, target: countryTarget, forgedAnswer: "empty", call: () => ({ method: "GET", url: `/needs?country=${code}` }) },
      { name: "GET /countries/{code}/schemes", action: "country.read", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}/schemes` }) },
      // Kept to its country: read by whom the sharing rule lets read it, else not found.
      {
        name: "GET /schemes/{id}",
        action: "milestone.readUnshared",
        where,
        target: countryTarget,
        call: () => ({ method: "GET", url: `/schemes/${where === "forged" ? randomUUID() : schemes.get(code)}` }),
      },
      // A matrix kept to its country reads as empty to outsiders; its items are not found.
      { name: "GET /countries/{code}/assessment", action: "country.read", where, target: countryTarget, call: () => ({ method: "GET", url: `/countries/${code}/assessment` }) },
      {
        name: "GET /assessment/items/{id}",
        action: "milestone.readUnshared",
        where,
        target: countryTarget,
        call: () => ({ method: "GET", url: `/assessment/items/${where === "forged" ? randomUUID() : assessmentItems.get(code)}` }),
      },
      ...costingReads(where, code),
      ...resultsReads(where, code, made),
      ...plansRoundsReads(where, code, made),
    );
  }
  // Reads over every country.
  all.push(
    { name: "GET /countries", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/countries?limit=200" }) },
    { name: "GET /matrix", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/matrix" }) },
    { name: "GET /matrix/changes", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: `/matrix/changes?from=${today}&to=${today}` }) },
    { name: "GET /support-entries", action: "support.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/support-entries?limit=200" }) },
    { name: "GET /assessment/gaps", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/assessment/gaps" }) },
    { name: "GET /costing/comparison", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/costing/comparison" }) },
    { name: "GET /indicators", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/indicators" }) },
    { name: "GET /indicators/{code}/countries", action: "country.read", where: "anywhere", target: {}, call: () => ({ method: "GET", url: "/indicators/SI_COV_BENFTS/countries" }) },
    { name: "GET /home", action: "home.read", where: "anywhere", target: {}, own: true, call: () => ({ method: "GET", url: "/home?limit=100" }) },
    ...roundCases(made),
    ...fundingCases(made),
    ...webhookReads,
  );
  return all;
}

const experience = (countryCode: string) => ({
  countryCode,
  stepKey: "costing_financing",
  language: "en",
  title: unique("API write-up"),
  whatWasDone: "A costing workshop with the ministry of finance",
});

export const financialEntry = (title: string) => ({ kind: "financial", title, status: "planned", amount: "1000", currency: "USD" });

export type Expected = { outcome: "allowed"; empty?: boolean } | { outcome: "refused"; statuses: number[] };

/** What the permission table says this visitor gets for this case. */
export function expected(actor: Actor | null, via: Via, one: Case, method: Call["method"]): Expected {
  if (!actor) return { outcome: "refused", statuses: [401] };
  if (one.own) return mayEverDo(actor, one.action) ? { outcome: "allowed" } : { outcome: "refused", statuses: [403] };
  if (method !== "GET" && via === "session without Origin") return { outcome: "refused", statuses: [403] };
  if (one.target === null) {
    if (one.forgedAnswer === "empty" && can(actor, one.action, {})) return { outcome: "allowed", empty: true };
    return { outcome: "refused", statuses: [403, 404, 422] };
  }
  const allowed = can(actor, one.action, one.target) || (one.alsoAllowedBy !== undefined && can(actor, one.alsoAllowedBy, one.target));
  return allowed ? { outcome: "allowed" } : { outcome: "refused", statuses: [403, 404] };
}
