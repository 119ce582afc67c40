import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { goThroughMenu } from "./helpers/navigation";
import { logThroughApi, openStep } from "./helpers/progress";

/**
 * A reporting round from end to end (issue 20, decision 2040). The round reports on the first half of 2019, due at
 * the end of July 2019: the due date is long past, so Togo, which sends nothing, is missing and Benin's report is
 * late, without a test clock; and no other spec dates a Benin record in 2019, so the period's lock, while it holds,
 * refuses nobody else's change (the coordinator reopens it before the end).
 */
const period = { start: "2019-01-01", end: "2019-06-30", due: "2019-07-31" };
const stepOne = "Identify the key national stakeholders";

test("a coordinator opens a round for Benin and Togo; Benin's report is written, returned, accepted; the period locks until reopened; Togo is missing", async ({ browser }) => {
  test.setTimeout(240_000);
  const roundName = `First half of 2019 ${randomUUID().slice(0, 8)}`;
  const milestone = `Stakeholder mapping workshop ${randomUUID().slice(0, 8)}`;

  // Benin's working group logged a milestone in the period before the round opened.
  const member = await browser.newPage();
  await signInAsNew(member, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Hounkpatin" });
  const stepId = await openStep(member, "Benin", stepOne);
  const milestoneId = await logThroughApi(member.request, stepId, milestone, { occurredOn: "2019-03-14" });

  // Togo's working group, which will send nothing.
  const togo = await browser.newPage();
  await signInAsNew(togo, { role: "working_group_member", countryCode: "TG", name: "Kodjo Mensah" });

  // The coordinator opens the round through the menu's Reports group; a due date before the period is refused first.
  const coordinator = await browser.newPage();
  await signInAsNew(coordinator, { role: "coordinator", name: "Camille Coordinator" });
  await goThroughMenu(coordinator, "Reporting rounds", "Reports");
  await expect(coordinator.getByRole("heading", { level: 1, name: "Reporting rounds" })).toBeVisible();
  await coordinator.getByRole("link", { name: "Open a round" }).click();
  await coordinator.getByLabel("Name", { exact: true }).fill(roundName);
  await coordinator.getByLabel("Period from", { exact: true }).fill(period.start);
  await coordinator.getByLabel("Period to", { exact: true }).fill(period.end);
  await coordinator.getByLabel("Due on", { exact: true }).fill("2018-12-31");
  await coordinator.getByLabel("Reminder, days before", { exact: true }).fill("7");
  const countries = coordinator.getByRole("group", { name: "Countries asked" });
  await countries.getByLabel("Benin", { exact: true }).check();
  await countries.getByLabel("Togo", { exact: true }).check();
  await coordinator.getByRole("button", { name: "Open the round" }).click();
  await expect(coordinator.getByText("The due date cannot be before the period starts.")).toBeVisible();
  await expect(coordinator.getByLabel("Name", { exact: true })).toHaveValue(roundName);
  await coordinator.getByLabel("Due on", { exact: true }).fill(period.due);
  await coordinator.getByRole("button", { name: "Open the round" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "The round is open." })).toBeVisible();
  await expect(coordinator.getByRole("heading", { level: 1, name: roundName })).toBeVisible();
  const roundPage = coordinator.url().replace(/[?#].*$/, "");

  // The round is overdue from the start: the scheduler (every 10 s in this suite) reminds Togo's member once, in the bell.
  const reminders = togo.getByTestId("notification").filter({ hasText: roundName });
  await expect(async () => {
    await togo.goto("/notifications");
    await expect(reminders).toHaveCount(1);
  }).toPass({ timeout: 45_000 });
  await expect(reminders).toContainText("overdue");

  // The member finds the report on the home page, drafted from the period's data, writes the narrative and submits.
  await member.goto("/");
  const due = member.getByRole("region", { name: /^Reports to send/ });
  await expect(due).toContainText("was due on");
  await due.getByRole("link", { name: roundName }).click();
  await expect(member.getByRole("heading", { level: 1, name: `${roundName}: Benin` })).toBeVisible();
  await expect(member.getByRole("region", { name: /^Milestones/ })).toContainText(milestone);
  await member.getByLabel("Achievements").fill("The working group mapped the stakeholders of the social protection floor.");
  await member.getByLabel("Difficulties").fill("Two ministries named their members late.");
  await member.getByLabel("Next steps").fill("Set up the working group by decree.");
  await member.getByRole("button", { name: "Save the draft" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The draft is saved." })).toBeVisible();
  await expect(member.getByLabel("Difficulties")).toHaveValue("Two ministries named their members late.");
  await member.getByRole("button", { name: "Submit the report" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The report is submitted." })).toBeVisible();
  await expect(member.getByLabel("Achievements")).toHaveCount(0);
  const reportPage = member.url().replace(/[?#].*$/, "");
  expect(await seriousViolations(member)).toEqual([]);

  // A reviewer returns it with a reason, which the member reads; the member corrects it and submits again.
  const reviewer = await browser.newPage();
  await signInAsNew(reviewer, { role: "reviewer", name: "Rita Reviewer" }, reportPage);
  await reviewer.getByLabel("Why return it (the working group reads this)").fill("Say who took part in the mapping.");
  await reviewer.getByRole("button", { name: "Return the report" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "The report is returned" })).toBeVisible();
  await member.goto(reportPage);
  await expect(member.getByRole("status").filter({ hasText: "Returned on" })).toContainText("Say who took part in the mapping.");
  await member.getByLabel("Achievements").fill("The working group mapped the stakeholders with the ministries, the social partners and the UN team.");
  await member.getByRole("button", { name: "Save the draft" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The draft is saved." })).toBeVisible();
  await member.getByRole("button", { name: "Submit the report" }).click();
  await expect(member.getByRole("status").filter({ hasText: "The report is submitted." })).toBeVisible();

  // The reviewer accepts it: the report says its period is locked, and offers its PDF and Word documents.
  await reviewer.goto(reportPage);
  await reviewer.getByRole("button", { name: "Accept the report" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "The report is accepted" })).toBeVisible();
  await member.goto(reportPage);
  await expect(member.getByText("This period is locked")).toBeVisible();
  await expect(member.getByRole("link", { name: "Download as Word (DOCX)" })).toHaveAttribute("href", /\/reports\/rounds\/[0-9a-f-]+\/countries\/BJ\.docx$/);
  // Both documents open: a Word file (a zip) and a PDF printed by the server.
  const word = await member.request.get((await member.getByRole("link", { name: "Download as Word (DOCX)" }).getAttribute("href"))!);
  expect(word.status()).toBe(200);
  expect(word.headers()["content-type"]).toContain("wordprocessingml");
  expect((await word.body()).subarray(0, 2).toString()).toBe("PK");
  const pdf = await member.request.get(reportPage.replace(/\/countries\/BJ\/reports\/([0-9a-f-]+)$/, "/reports/rounds/$1/countries/BJ.pdf"));
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expect(member.getByRole("region", { name: "History" })).toContainText("Accepted by Rita Reviewer");

  // Editing the reported milestone is refused, with the lock's message, and what was typed stays.
  await member.goto(`/countries/BJ/milestones/${milestoneId}`);
  const edit = member.getByRole("region", { name: "Edit the milestone" });
  await edit.getByLabel("Description").fill("With the ministries of labour and health.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("alert")).toContainText("whose report was accepted");
  await expect(edit.getByLabel("Description")).toHaveValue("With the ministries of labour and health.");

  // The coordinator reopens the period with a reason, kept in the report's history; the edit then goes through.
  await coordinator.goto(reportPage);
  await coordinator.getByLabel("Why reopen it (kept in the history)").fill("The milestone's participants were incomplete.");
  await coordinator.getByRole("button", { name: "Reopen the period" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "The period is reopened" })).toBeVisible();
  await expect(coordinator.getByRole("region", { name: "History" })).toContainText("The milestone's participants were incomplete.");
  await member.reload();
  await edit.getByLabel("Description").fill("With the ministries of labour and health.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Your changes were saved." })).toBeVisible();

  // The completeness view: Benin reported after the due date, Togo not at all; the chart says so, and its table.
  await coordinator.goto(roundPage);
  const chart = coordinator.getByRole("img", { name: new RegExp(`^Chart of the completeness of ${roundName}`) });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /1 late, .*1 missing/);
  const table = coordinator.getByRole("table", { name: `The countries of ${roundName} and their reports` });
  await expect(table.locator('[data-country="TG"]')).toContainText("Missing");
  await expect(table.locator('[data-country="TG"]')).toContainText("Not started");
  await expect(table.locator('[data-country="BJ"]')).toContainText("Late");
  await expect(coordinator.getByRole("link", { name: "Completeness as CSV" })).toHaveAttribute("href", /\/exports\/round-completeness\.csv\?round=/);
  expect(await seriousViolations(coordinator)).toEqual([]);

  // Who was reminded, and of what: Togo's member once, still once after more of the scheduler's rounds.
  const sent = coordinator.getByRole("table", { name: "Reminders sent" });
  await expect(sent.getByRole("row").filter({ hasText: "Togo" })).toHaveCount(1);
  await expect(sent.getByRole("row").filter({ hasText: "Togo" })).toContainText("Kodjo Mensah");
  await togo.goto("/notifications");
  await expect(reminders).toHaveCount(1);

  // The list of rounds counts it, and draws it in the timeliness chart with its table.
  await coordinator.goto("/rounds");
  const row = coordinator.getByRole("table", { name: "Reporting rounds, the latest due date first" }).getByRole("row", { name: new RegExp(roundName) });
  await expect(row).toContainText("1 late");
  await expect(row).toContainText("1 missing");
  await expect(coordinator.getByRole("table", { name: "Timeliness by round, the oldest due date first" })).toContainText(roundName);
  expect(await seriousViolations(coordinator)).toEqual([]);

  await Promise.all([member.close(), reviewer.close(), coordinator.close(), togo.close()]);
});
