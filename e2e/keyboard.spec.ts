/**
 * Keyboard-only use: on every page with a form, "Skip to content" then the Tab key reach every control of every
 * form in the page's main part, and whatever holds the focus on the way shows it (an outline or a ring); the menu
 * before it is the app shell spec's. Then the core forms —
 * log a milestone, change a step's status, add a support entry, ask for support — are filled in and sent
 * with the keyboard alone.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { memberOnlyPages, pagesFor, visitors } from "./helpers/pages";

type Walk = { unreached: string[]; unringed: string[] };

/** Tabs from the top of the page until every visible form control in `main` has had the focus (radios: one per group). */
async function tabThroughForms(page: Page): Promise<Walk | null> {
  // Measure the page as it stands once React has hydrated it: some fields only show for some choices. (Not
  // "networkidle": Chromium's headless shell never reports it on some pages, with no request open.)
  await page.waitForFunction(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__reactFiber")));
  const controls = await page.evaluate(() => {
    // A closed <details> holds its form until its summary (reached by Tab like any control) opens it.
    const visible = (element: Element) =>
      element.checkVisibility() && !element.closest("[inert], details:not([open])") && !(element as HTMLInputElement).disabled;
    const found = [...document.querySelectorAll("main form :is(input:not([type=hidden]), select, textarea, button)")].filter(visible);
    const groups = new Map<string, string>();
    found.forEach((element, index) => {
      const input = element as HTMLInputElement;
      // Radios of one group are one stop for Tab (arrows move within it).
      const key = input.type === "radio" ? `radio:${input.form?.id ?? ""}:${input.name}` : `control:${index}`;
      element.setAttribute("data-keyboard-stop", key);
      const label = input.labels?.[0]?.textContent ?? element.getAttribute("aria-label") ?? element.textContent ?? input.name;
      groups.set(key, `${element.tagName.toLowerCase()} "${label.trim().slice(0, 60)}"`);
    });
    // Each element the focus lands on, with whether it shows that it has it.
    const log: { stop: string | null; ringed: boolean; name: string }[] = [];
    Object.assign(window, { keyboardWalk: log });
    document.addEventListener("focusin", (event) => {
      const element = event.target as Element;
      const style = getComputedStyle(element);
      const ringed = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      const name = `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 60)}"`;
      log.push({ stop: element.getAttribute("data-keyboard-stop"), ringed, name });
    });
    return [...groups.entries()];
  });
  if (controls.length === 0) return null;
  const waiting = new Map(controls);
  // As a keyboard user would: the first Tab reaches "Skip to content", and Enter moves on to the page's main part.
  await page.locator("body").focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("href", "#main");
  await page.keyboard.press("Enter");
  const walk = () => page.evaluate(() => (window as unknown as { keyboardWalk: { stop: string | null; ringed: boolean; name: string }[] }).keyboardWalk);
  for (let presses = 0; presses < 600; presses += 10) {
    for (let step = 0; step < 10; step++) await page.keyboard.press("Tab");
    for (const { stop } of await walk()) if (stop) waiting.delete(stop);
    if (waiting.size === 0) break;
  }
  const unringed = (await walk()).filter((focused) => !focused.ringed).map((focused) => focused.name);
  // A field hidden since (by a script that ran late, or a choice) is not one the keyboard must reach.
  const stillShown = await page.evaluate(
    (keys) =>
      keys.filter((key) =>
        [...document.querySelectorAll(`[data-keyboard-stop="${key}"]`)].some(
          (element) => element.checkVisibility() && !element.closest("[inert], details:not([open])"),
        ),
      ),
    [...waiting.keys()],
  );
  return { unreached: stillShown.map((key) => waiting.get(key)!), unringed: [...new Set(unringed)] };
}

for (const visitor of visitors.filter((visitor) => visitor.role === "coordinator" || visitor.role === "working_group_member")) {
  test(`every form is reachable from the keyboard with a visible focus, as a ${visitor.role} @a11y`, async ({ page }) => {
    test.setTimeout(300_000);
    await signInAsNew(page, visitor);
    const all = await pagesFor(page, visitor);
    // The member's walk covers what the coordinator's pages lack: the working group's own forms and its step page.
    const paths = visitor.role === "coordinator" ? all : all.filter((path) => memberOnlyPages.includes(path) || path.includes("/steps/"));
    const problems: string[] = [];
    let walked = 0;
    for (const path of paths) {
      await page.goto(path);
      const walk = await tabThroughForms(page);
      if (!walk) continue;
      walked++;
      for (const control of walk.unreached) problems.push(`${path}: Tab never reaches ${control}`);
      for (const element of walk.unringed) problems.push(`${path}: no visible focus on ${element}`);
    }
    expect(problems).toEqual([]);
    expect(walked, "pages with a form").toBeGreaterThan(visitor.role === "coordinator" ? 10 : 3);
  });
}

/** Presses Tab until `target` has the focus, as a keyboard user moves through a page. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 300; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to `target` and types `text` there, as a keyboard user fills a field. */
async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Tabs to `target` and presses `key` there (Enter sends a button, ArrowDown moves a select). */
async function pressOn(page: Page, target: Locator, key: string) {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tab stops once on a group of radios; the arrow keys then move to, and choose, `target`. */
async function chooseRadio(page: Page, target: Locator) {
  const name = await target.getAttribute("name");
  for (let presses = 0; presses < 300; presses++) {
    const inGroup = await page.evaluate((group) => (document.activeElement as HTMLInputElement | null)?.name === group, name);
    if (inGroup) break;
    await page.keyboard.press("Tab");
  }
  for (let presses = 0; presses < 10 && !(await target.isChecked()); presses++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
}

test("a member logs a milestone, completes the step and asks for support with the keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsNew(page, { role: "working_group_member", countryCode: "AR" }, "/countries/AR");
  const stepLink = page.getByRole("table", { name: "Key steps" }).getByRole("link").first();
  await pressOn(page, stepLink, "Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/^Step 1:/);

  const form = page.getByRole("form", { name: "Log a milestone" });
  const title = `Working group convened by decree ${Date.now()}`;
  await typeInto(page, form.getByLabel("What happened"), title);
  await typeInto(page, form.getByLabel("Date it happened"), "03142024");
  await typeInto(page, form.getByLabel("Link 1: web address"), "https://example.org/decree");
  await pressOn(page, form.getByRole("button", { name: "Log milestone" }), "Enter");
  await expect(page.getByRole("status").filter({ hasText: "The milestone was logged." })).toBeVisible();
  await expect(page.getByTestId("milestone").filter({ hasText: title })).toBeVisible();

  const status = page.getByRole("region", { name: "Status" });
  await pressOn(page, status.getByText("Complete this step"), "Enter");
  await typeInto(page, status.getByLabel("Sign-off note"), "Decree published");
  await pressOn(page, status.getByRole("button", { name: "Complete the step" }), "Enter");
  await expect(status).toContainText("Completed");

  await page.goto("/countries/AR/support/needs/new");
  const need = page.getByRole("main");
  await pressOn(page, need.getByLabel("Key step"), "ArrowDown");
  await chooseRadio(page, need.getByLabel("Technical"));
  await pressOn(page, need.getByLabel("Category"), "ArrowDown");
  await typeInto(page, need.getByLabel("What exactly is needed"), "An actuarial review of the pension scheme");
  await pressOn(page, need.getByRole("button", { name: "Record the need" }), "Enter");
  await expect(page.getByRole("status").filter({ hasText: "The need was recorded." })).toBeVisible();
});

test("an adviser adds a support entry with the keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "ILO" }, "/support/new?country=PH");
  const main = page.getByRole("main");
  await chooseRadio(page, main.getByLabel("Technical"));
  await tabTo(page, main.getByLabel("Title"));
  const title = `ILO review of the social budget ${Date.now()}`;
  await page.keyboard.type(title);
  await pressOn(page, main.getByLabel("Category"), "ArrowDown");
  await pressOn(page, main.getByRole("button", { name: "Add support" }), "Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
