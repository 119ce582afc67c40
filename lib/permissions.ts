/**
 * The one permission table: for each action, which roles may do it and in which scope. Pages ask it what to
 * show; every lib/ function asks it again at the point of the change.
 */
import { type Role, roles } from "@/db/schema/values";
import type { Actor } from "./actor";
import { forbidden } from "./errors";

export { type Role, roles };

/**
 * any: wherever the target is. country: the target's country is one the actor's role is held for.
 * agency: the target's agency is the actor's. author: the actor wrote the target, in a country of theirs.
 */
export type Scope = "any" | "country" | "agency" | "author";

/** Every action Socle guards; each feature adds its own, with a rule below and a probe in lib/permissions.int.test.ts. */
export const actions = [
  "country.read",
  "country.manage",
  "agency.manage",
  "user.manage",
  "user.signOutEverywhere",
  "milestone.log",
  "milestone.edit",
  "milestone.delete",
  "milestone.restore",
  "step.update",
  "step.tailor",
  "support.read",
  "support.write",
  "need.write",
  "need.answer",
  "report.export",
  "framework.manage",
  "milestone.readUnshared",
  "resource.write",
  "experience.write",
  "experience.feature",
  "training.write",
  "scheme.write",
  "assessment.write",
  "costing.write",
  "indicator.catalogue",
  "results.write",
  "results.propose",
  "results.import",
  "plan.write",
  "round.manage",
  "report.write",
  "report.review",
  "period.reopen",
  "exchangeRate.manage",
  "settings.manage",
  "support.importIati",
  "review.comment",
  "review.decide",
  "home.read",
  "secondFactor.reset",
  "webhook.manage",
  "country.publish",
] as const;
export type Action = (typeof actions)[number];

type Rules = Partial<Record<Role, Scope>>;

export const permissionTable: Record<Action, Rules> = {
  "country.read": { coordinator: "any", working_group_member: "any", agency_adviser: "any", reviewer: "any" },
  "country.manage": { coordinator: "any" },
  "agency.manage": { coordinator: "any" },
  "user.manage": { coordinator: "any" },
  /** End every session of a person at once (a lost laptop, a shared computer). */
  "user.signOutEverywhere": { coordinator: "any" },
  // A country's working group writes its own progress; coordinators write everywhere; everyone else reads.
  "milestone.log": { coordinator: "any", working_group_member: "country" },
  /** Editing a milestone includes adding and removing its evidence. */
  "milestone.edit": { coordinator: "any", working_group_member: "country" },
  "milestone.delete": { coordinator: "any", working_group_member: "country" },
  "milestone.restore": { coordinator: "any", working_group_member: "author" },
  /** A step's status (start, complete, reopen, not applicable) and its sub-activity checklist. */
  "step.update": { coordinator: "any", working_group_member: "country" },
  /** Tailoring the framework for one country: national steps added between the framework's. */
  "step.tailor": { coordinator: "any", working_group_member: "country" },
  "support.read": { coordinator: "any", working_group_member: "any", agency_adviser: "any", reviewer: "any" },
  /** Add, edit and withdraw support entries and their transactions, one by one or by import. */
  "support.write": { coordinator: "any", agency_adviser: "agency" },
  /** Record, edit and withdraw a country's support needs. */
  "need.write": { coordinator: "any", working_group_member: "country" },
  /** Link a support entry to a need it answers, or unlink it; judged on the entry's agency. */
  "need.answer": { coordinator: "any", agency_adviser: "agency" },
  /**
   * Reports and exports (PDF, CSV, XLSX, IATI XML) hold nothing their reader cannot already read on screen
   * (decision 600): coordinators and reviewers anywhere, a working group its own country, an adviser the
   * support of their own agency.
   */
  "report.export": { coordinator: "any", reviewer: "any", working_group_member: "country", agency_adviser: "agency" },
  /** Publish a new version of the key-step framework and move countries to it. */
  "framework.manage": { coordinator: "any" },
  /**
   * Read milestones and evidence kept at the "country" sharing level: the country's working group and
   * coordinators. Everyone signed in reads what is shared with all (lib/sharing/visibility.ts).
   */
  "milestone.readUnshared": { coordinator: "any", working_group_member: "country" },
  /** Add, edit and withdraw library resources; an adviser for resources their agency is behind. */
  "resource.write": { coordinator: "any", agency_adviser: "agency" },
  /** Write and edit experience write-ups: a country's working group for its country, an adviser for their agency. */
  "experience.write": { coordinator: "any", working_group_member: "country", agency_adviser: "agency" },
  "experience.feature": { coordinator: "any" },
  /** Record, edit and withdraw trainings: the country's working group, or the adviser of the funding agency. */
  "training.write": { coordinator: "any", working_group_member: "country", agency_adviser: "agency" },
  /**
   * Add, edit, withdraw and restore the schemes of a country's inventory (key step 4). Everyone signed in reads
   * them as the sharing rule allows (lib/sharing/visibility.ts, decision 1700).
   */
  "scheme.write": { coordinator: "any", working_group_member: "country" },
  /**
   * Write a country's assessment matrix: add, edit, order, withdraw and restore its items, adopt or drop its
   * recommendations, endorse it at a national dialogue and choose who reads it (decision 1720).
   */
  "assessment.write": { coordinator: "any", working_group_member: "country" },
  /**
   * Write a country's costing of its policy options (key step 6): its inputs, scenarios, packages and financing,
   * its validation at a national dialogue, who reads it, and the funding needs made from it (decision 1810).
   */
  "costing.write": { coordinator: "any", working_group_member: "country" },
  /** Add, edit, withdraw and restore the catalogue's SDG 1.3.1 and SPF Flagship indicators (decision 1900). */
  "indicator.catalogue": { coordinator: "any" },
  /**
   * Write a country's results: its national indicators, the indicators it follows (baseline, targets, links, who
   * reads them) and their values, and accept or decline the values advisers propose (decision 1900).
   */
  "results.write": { coordinator: "any", working_group_member: "country" },
  /** Propose a value of an indicator a country follows; a member of the country accepts or declines it. */
  "results.propose": { agency_adviser: "any" },
  /** Import values from an Open SDG or ILOSTAT file, for whichever countries the file covers. */
  "results.import": { coordinator: "any" },
  /**
   * Plan a country's steps: their planned start and end, milestones planned ahead, and the named baselines the
   * roadmap compares the plan with (decision 2000).
   */
  "plan.write": { coordinator: "any", working_group_member: "country" },
  /** Open, edit and withdraw reporting rounds: their period, due date, reminder and countries (decision 2010). */
  "round.manage": { coordinator: "any" },
  /** Write a country's report for a round (its narrative, drafted from the period's data) and submit it. */
  "report.write": { working_group_member: "country" },
  /** Accept a submitted country report, which locks what it reports, or return it with a reason. */
  "report.review": { coordinator: "any", reviewer: "any" },
  /** Reopen an accepted report's period, with a reason, so that its records can be corrected and reported again. */
  "period.reopen": { coordinator: "any" },
  /** Enter, import, correct and withdraw exchange rates to the reporting currency (issue 21). */
  "exchangeRate.manage": { coordinator: "any" },
  /** The installation's settings: the reporting currency and how old a rate may be. */
  "settings.manage": { coordinator: "any" },
  /** Upload an agency's IATI activity file, review its dry run and apply it: an adviser for their own agency. */
  "support.importIati": { coordinator: "any", agency_adviser: "agency" },
  /**
   * Comment on a milestone, a step or an assessment item under review: reviewers and advisers remark, a country's
   * working group answers its reviewers. Each reads only what the sharing rule lets them.
   */
  "review.comment": { coordinator: "any", reviewer: "any", working_group_member: "country", agency_adviser: "any" },
  /** Request changes on a milestone, a step or an assessment item (with a reason), or validate it. */
  "review.decide": { coordinator: "any", reviewer: "any" },
  /**
   * Read one's home: what needs the person, one section per role they hold, each covering where that role's
   * rule says (decision 2300): a working group its countries, an adviser their agency's, reviewers and coordinators all.
   */
  "home.read": { coordinator: "any", working_group_member: "country", agency_adviser: "agency", reviewer: "any" },
  /** Remove someone's second factor (a lost phone): their sessions end; they sign in with the password and set one up again. */
  "secondFactor.reset": { coordinator: "any" },
  /**
   * Register, edit, rotate, disable and delete one's own webhook endpoints (decision 2210): a coordinator's for every
   * country, an adviser's for their agency. Each payload carries only what the endpoint's owner may read.
   */
  "webhook.manage": { coordinator: "any", agency_adviser: "agency" },
  /**
   * Publish a country's public page (what it shares with all, read without signing in) or take it back, after the
   * quality check; publishing over its warnings is recorded (decision 2200).
   */
  "country.publish": { coordinator: "any" },
};

/**
 * What an action is done to: the country and agency it belongs to, and who wrote it. A record behind several
 * agencies (a library resource) names them all in `agencyIds`: an agency rule holds for any one of them.
 */
export type Target = { countryCode?: string | null; agencyId?: string | null; agencyIds?: readonly string[]; authorId?: string | null };

/**
 * The roles an actor may act with: none while a coordinator the installation requires to have a second factor has
 * not set one up (decision 2230), so every page and session write refuses until they have.
 */
function rolesInForce(actor: Actor | null): Actor["memberships"] {
  return actor && !actor.mustSetUpSecondFactor ? actor.memberships : [];
}

export function can(actor: Actor | null, action: Action, target: Target = {}): boolean {
  if (!actor) return false;
  const rules = permissionTable[action];
  return rolesInForce(actor).some((membership) => {
    switch (rules[membership.role]) {
      case "any":
        return true;
      case "country":
        return target.countryCode != null && membership.countryCode === target.countryCode;
      case "agency":
        return membership.agencyId != null && (membership.agencyId === target.agencyId || (target.agencyIds?.includes(membership.agencyId) ?? false));
      case "author":
        return (
          target.countryCode != null && membership.countryCode === target.countryCode && target.authorId === actor.userId
        );
      default:
        return false;
    }
  });
}

/**
 * Whether one of the actor's roles may do the action somewhere: decidable from the actor alone, so an edge can
 * refuse before reading a request's body. The lib function still decides with the target (assertCan).
 */
export function mayEverDo(actor: Actor | null, action: Action): boolean {
  return rolesInForce(actor).some((membership) => permissionTable[action][membership.role] !== undefined);
}

export function assertCan(actor: Actor, action: Action, target: Target = {}): void {
  if (!can(actor, action, target)) throw forbidden();
}

/**
 * Where an actor may do an action: "any" (everywhere), or the countries and the agencies their roles are held
 * for under that action's rule (either list may be empty; an "author" rule counts its country, for the actor's
 * own records there). The one answer to "what may this person act on", for lib reads, the sharing rule and pages.
 */
export type ActionScope = "any" | { countryCodes: string[]; agencyIds: string[] };

export function scopeOf(actor: Actor | null, action: Action): ActionScope {
  const rules = permissionTable[action];
  const held = rolesInForce(actor);
  if (held.some((membership) => rules[membership.role] === "any")) return "any";
  const countryCodes = new Set<string>();
  const agencyIds = new Set<string>();
  for (const { role, countryCode, agencyId } of held) {
    const scope = rules[role];
    if ((scope === "country" || scope === "author") && countryCode) countryCodes.add(countryCode);
    if (scope === "agency" && agencyId) agencyIds.add(agencyId);
  }
  return { countryCodes: [...countryCodes], agencyIds: [...agencyIds] };
}

/** Whether the actor may do the action on something: anywhere, or in one country or for one agency of theirs. */
export function maySomewhere(actor: Actor | null, action: Action): boolean {
  const scope = scopeOf(actor, action);
  return scope === "any" || scope.countryCodes.length > 0 || scope.agencyIds.length > 0;
}

/** FORBIDDEN unless the actor may do the action somewhere: for a use case whose target is only known row by row (an import). */
export function assertCanSomewhere(actor: Actor, action: Action): void {
  if (!maySomewhere(actor, action)) throw forbidden();
}

/**
 * Whether the actor may do the action for a country: as its country's role, or (where the rule allows an
 * agency) for an agency of theirs working there. Pages ask it to offer a "write" link for a country.
 */
export function mayInCountry(actor: Actor | null, action: Action, countryCode: string): boolean {
  const scope = scopeOf(actor, action);
  return scope === "any" || scope.countryCodes.includes(countryCode) || scope.agencyIds.length > 0;
}
