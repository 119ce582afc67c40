/**
 * The demonstration dataset's chapter on support: technical support from the partners, money from the funders
 * with its flow of transactions, and the working group's needs, some answered by a partner's new entry.
 */
import { eq } from "drizzle-orm";
import { supportEntries } from "@/db/schema";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyCurrencies, amountRanges } from "../countries";
import { drawUuid, type Random } from "../random";
import { dayMs, isoDay, type Scene, type Story } from "../story";
import { financialSupport, needTexts, stepSession, supportDescription, technicalSupport } from "../support-texts";

/** What differs between one agency's entry and the next; the rest is the country's and the agency's. */
type EntryDetails = {
  kind: "technical" | "financial";
  title: string;
  technicalCategory?: string;
  status: "planned" | "ongoing" | "delivered";
  startDate: string;
  endDate: string;
  deliverables: string;
  amount?: string;
  currency?: string;
  answersNeedId?: string;
  fundingSource?: "own" | "member" | "donor";
  fundingAgencyId?: string;
  passThroughOfEntryId?: string;
};

export function tellSupport(story: Story, scene: Scene): void {
  const { db, random, at, end, people } = story;
  const { country, plan, moment, say } = scene;
  const [memberA, memberB] = scene.members;
  const language = country.language;

  let referenceNumber = 0;
  const reference = (agency: string) => `DEMO-${agency.replace(/[^A-Za-z]/g, "").toUpperCase().slice(0, 6)}-${country.code}-${String(++referenceNumber).padStart(2, "0")}`;
  // The reference is numbered when the entry is written, so the numbers follow the days of the story.
  const addEntry = (agency: string, stepKey: string, details: EntryDetails) =>
    addSupportEntry(db, people.advisers.get(agency)!, {
      countryCode: country.code,
      agencyId: story.agencyIds.get(agency)!,
      countryStepId: story.stepId(country.code, stepKey),
      reference: reference(agency),
      description: say(supportDescription[language]),
      ...details,
    });

  const startedKeys = plan.steps.map((step) => step.key);
  const categories = Object.entries(technicalSupport).filter(([, support]) => startedKeys.includes(support.step) || support.step === plan.nextKey);
  for (const agency of country.partners) {
    for (const [category, support] of random.shuffled(categories).slice(0, random.int(1, 2))) {
      const step = plan.steps.find((candidate) => candidate.key === support.step);
      const createdAt = moment(step ? step.start + random.int(-20, 30) * dayMs : end - random.int(10, 60) * dayMs);
      const status = step?.completedAt ? "delivered" : step ? "ongoing" : "planned";
      const entryStart = isoDay(step ? step.start : createdAt + 30 * dayMs);
      at("support", createdAt, async () => {
        const added = await addEntry(agency, support.step, {
          kind: "technical",
          title: support.title[language],
          technicalCategory: category,
          status,
          startDate: entryStart,
          endDate: step?.completedAt ? isoDay(step.completedAt) : "",
          deliverables: support.deliverables[language],
        });
        scene.supportEntries.push({ id: added.id, agency, step: support.step, category });
      });
    }
  }
  for (const agency of country.funders) {
    const adviser = people.advisers.get(agency)!;
    const fundable = financialSupport.filter((support) => startedKeys.includes(support.step));
    for (const support of random.shuffled(fundable).slice(0, random.int(1, 2))) {
      const step = plan.steps.find((candidate) => candidate.key === support.step)!;
      const currency = random.chance(0.3) ? country.currency : agencyCurrencies[agency]!;
      const range = amountRanges[currency]!;
      const amount = Math.round((range.min + random.next() * (range.max - range.min)) / range.step) * range.step;
      const createdAt = moment(step.start + random.int(0, 40) * dayMs);
      const recent = end - createdAt < 45 * dayMs;
      at("support", createdAt, async () => {
        const added = await addEntry(agency, support.step, {
          kind: "financial",
          title: support.title[language],
          status: step.completedAt ? "delivered" : "ongoing",
          startDate: isoDay(createdAt),
          endDate: "",
          deliverables: "",
          amount: String(amount),
          currency,
        });
        scene.supportEntries.push({ id: added.id, agency, step: support.step, category: null });
        // Recent entries wait for their first transaction, as they do in life.
        if (recent) return;
        for (const flow of transactionFlow(random, amount, range.step, createdAt, end)) {
          at("transaction", flow.at, async () => {
            await addSupportTransaction(db, adviser, { supportEntryId: added.id, type: flow.type, amount: String(flow.amount), occurredOn: isoDay(flow.at) });
          });
        }
      });
    }
  }

  // Money passed on (issue 21): near the end, the first partner records its part of the first funder's money as a
  // pass-through of that funder's entry, so totals count it once, at the funder's. No draw: the story stays as it was.
  const [implementer] = country.partners;
  const [funder] = country.funders;
  if (implementer && funder && implementer !== funder) {
    const passedOn = end - 6 * dayMs;
    at("support", passedOn, async () => {
      const giver = scene.supportEntries.find((entry) => entry.agency === funder && entry.category === null);
      if (!giver) return;
      const [row] = await db.select({ amount: supportEntries.amount, currency: supportEntries.currency, step: supportEntries.countryStepId }).from(supportEntries).where(eq(supportEntries.id, giver.id));
      if (!row?.amount || !row.currency) return;
      const share = String(Math.round(Number(row.amount) / 4));
      const added = await addEntry(implementer, giver.step, {
        kind: "financial",
        title: `${implementer}: ${funder} → ${country.code}`,
        status: "ongoing",
        startDate: isoDay(passedOn),
        endDate: "",
        deliverables: "",
        amount: share,
        currency: row.currency,
        fundingSource: "member",
        fundingAgencyId: story.agencyIds.get(funder)!,
        passThroughOfEntryId: giver.id,
      });
      at("transaction", passedOn + dayMs, async () => {
        await addSupportTransaction(db, people.advisers.get(implementer)!, { supportEntryId: added.id, type: "committed", amount: share, occurredOn: isoDay(passedOn + dayMs) });
      });
    });
  }

  // A partner's sessions on the step under way, one entry each, a month or less apart up to a few days before the
  // last day: the country's support page lists the latest ten and links to the rest. No draw: the story stays as it was.
  const underWay = plan.steps.find((step) => step.completedAt === null);
  const sessions = country.sessionsOnStepUnderWay ?? 0;
  if (underWay && implementer && sessions > 0) {
    const first = underWay.start + 5 * dayMs;
    const apart = Math.min(30 * dayMs, Math.floor((end - 5 * dayMs - first) / sessions));
    for (let number = 1; number <= sessions; number++) {
      const heldOn = first + (number - 1) * apart;
      const fill = (text: string) => text.replace("{number}", String(number)).replace("{count}", String(sessions)).replace("{short}", country.short);
      at("support", heldOn, async () => {
        await addEntry(implementer, underWay.key, {
          kind: "technical",
          title: fill(stepSession.title[language]),
          technicalCategory: "training_capacity",
          status: "delivered",
          startDate: isoDay(heldOn),
          endDate: isoDay(heldOn),
          deliverables: stepSession.deliverables[language],
        });
      });
    }
  }

  // Needs: some answered by a partner's new entry, some still waiting.
  const needCandidates = needTexts.filter((need) => startedKeys.includes(need.step) || need.step === plan.nextKey);
  for (const need of random.shuffled(needCandidates).slice(0, random.int(2, 4))) {
    const step = plan.steps.find((candidate) => candidate.key === need.step);
    const createdAt = Math.min(moment(step ? step.start + random.int(5, 30) * dayMs : end - random.int(5, 50) * dayMs), plan.last);
    const answered = random.chance(0.55) && end - createdAt > 20 * dayMs;
    const range = amountRanges[country.currency]!;
    const estimate = Math.round((range.min + random.next() * (range.max - range.min) * 0.5) / range.step) * range.step;
    const description = say(need.description[language]);
    const priority = random.pick(["high", "medium", "medium", "low"] as const);
    const author = random.pick([memberA, memberB]);
    at("need", createdAt, async () => {
      const added = await addNeed(db, author, {
        countryCode: country.code,
        countryStepId: story.stepId(country.code, need.step),
        kind: need.kind,
        technicalCategory: need.category ?? "",
        description,
        estimateAmount: need.kind === "funding" ? String(estimate) : "",
        estimateCurrency: need.kind === "funding" ? country.currency : "",
        priority,
        idempotencyKey: drawUuid(random),
      });
      if (!answered) return;
      const agency = need.kind === "funding" ? random.pick(country.funders) : random.pick(country.partners);
      const answerAt = moment(createdAt + random.int(7, 20) * dayMs);
      // Not among the entries the agencies offered of themselves: a training is funded through those only.
      at("support", answerAt, async () => {
        await addEntry(agency, need.step, {
          kind: need.kind === "funding" ? "financial" : "technical",
          title: description,
          technicalCategory: need.category ?? "",
          status: "planned",
          startDate: isoDay(answerAt + 30 * dayMs),
          endDate: "",
          deliverables: "",
          amount: need.kind === "funding" ? String(estimate) : "",
          currency: need.kind === "funding" ? country.currency : "",
          answersNeedId: added.id,
        });
      });
    });
  }
}

/** Pledge, commitment, disbursements in tranches and spending, as far as the dataset's last day reaches. */
function transactionFlow(random: Random, amount: number, step: number, from: number, end: number) {
  type Flow = { type: "pledged" | "committed" | "disbursed" | "spent"; amount: number; at: number };
  const flows: Flow[] = [];
  const rounded = (value: number) => Math.max(step, Math.round(value / step) * step);
  let at = from + random.int(3, 20) * dayMs;
  if (at >= end) return flows;
  flows.push({ type: "pledged", amount, at });
  at += random.int(20, 70) * dayMs;
  if (at >= end) return flows;
  const committed = random.chance(0.8) ? amount : rounded(amount * (0.7 + random.next() * 0.25));
  flows.push({ type: "committed", amount: committed, at });
  let disbursed = 0;
  for (let tranche = random.int(1, 2); tranche > 0; tranche--) {
    at += random.int(30, 120) * dayMs;
    if (at >= end) break;
    const left = committed - disbursed;
    const share = tranche === 1 ? left : rounded(left * (0.3 + random.next() * 0.3));
    if (share <= 0 || share > left) break;
    disbursed += share;
    flows.push({ type: "disbursed", amount: share, at });
    const spentAt = at + random.int(20, 60) * dayMs;
    if (spentAt < end && random.chance(0.5)) flows.push({ type: "spent", amount: rounded(share * (0.5 + random.next() * 0.45)), at: spentAt });
  }
  return flows.sort((a, b) => a.at - b.at);
}
