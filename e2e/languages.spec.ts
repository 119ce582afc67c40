import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";

// Algeria (French) and Botswana (Portuguese) are this spec's countries: other specs leave them alone.

const journeys = [
  {
    locale: "fr",
    countryCode: "DZ",
    country: "Algérie",
    languageName: "Français",
    change: "Changer",
    keySteps: "Étapes clés",
    step: "Sensibiliser et susciter la volonté politique",
    form: "Enregistrer un jalon",
    title: "Ce qui s'est passé",
    occurredOn: "Date de l'événement",
    linkTitle: "Lien 1 : titre",
    linkUrl: "Lien 1 : adresse web",
    submit: "Enregistrer le jalon",
    futureDate: "Cette date est dans le futur. Enregistrez un jalon une fois l'événement passé.",
    loggedDate: "20 mai 2025",
    newNeed: "Enregistrer un besoin d'appui",
    funding: "Financement",
    amount: "Montant estimé",
    currency: "Devise",
    needDescription: "Ce qui est nécessaire, précisément",
    addNeed: "Enregistrer le besoin",
    needAdded: "Le besoin a été enregistré.",
    totals: "Totaux par devise",
    money: /1\s234,56\s\$US/,
  },
  {
    locale: "pt",
    countryCode: "BW",
    country: "Botsuana",
    languageName: "Português",
    change: "Mudar",
    keySteps: "Passos-chave",
    step: "Sensibilizar e gerar vontade política",
    form: "Registar um marco",
    title: "O que aconteceu",
    occurredOn: "Data em que aconteceu",
    linkTitle: "Ligação 1: título",
    linkUrl: "Ligação 1: endereço web",
    submit: "Registar o marco",
    futureDate: "Esta data está no futuro. Registe um marco depois de ter acontecido.",
    loggedDate: "20 de maio de 2025",
    newNeed: "Registar uma necessidade de apoio",
    funding: "Financiamento",
    amount: "Montante estimado",
    currency: "Moeda",
    needDescription: "O que é preciso, exatamente",
    addNeed: "Registar a necessidade",
    needAdded: "A necessidade foi registada.",
    totals: "Totais por moeda",
    money: /US\$\s1\.234,56/,
  },
] as const;

async function chooseLanguage(page: Page, languageName: string, change: string) {
  await page.getByLabel("Language").selectOption({ label: languageName });
  await page.getByRole("button", { name: "Change", exact: true }).click();
  await expect(page.getByRole("button", { name: change, exact: true })).toBeVisible();
}

for (const journey of journeys) {
  test(`a member whose language is ${journey.locale} logs a milestone and records a need, in ${journey.languageName}`, async ({ page }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: journey.countryCode });
    await chooseLanguage(page, journey.languageName, journey.change);
    await expect(page.locator("html")).toHaveAttribute("lang", journey.locale);

    await page.goto(`/countries/${journey.countryCode}`);
    await expect(page.getByRole("heading", { level: 1, name: journey.country })).toBeVisible();
    await page.getByRole("table", { name: journey.keySteps }).getByRole("link", { name: journey.step }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(journey.step) })).toBeVisible();

    const form = page.getByRole("form", { name: journey.form });
    await form.getByLabel(journey.title).fill(`Atelier national (${journey.locale})`);
    await form.getByLabel(journey.occurredOn).fill("2999-05-20");
    await form.getByLabel(journey.linkTitle).fill("Rapport");
    await form.getByLabel(journey.linkUrl).fill("https://example.org/rapport");
    await form.getByRole("button", { name: journey.submit }).click();
    await expect(form.getByText(journey.futureDate)).toBeVisible();

    await form.getByLabel(journey.occurredOn).fill("2025-05-20");
    await form.getByRole("button", { name: journey.submit }).click();
    const milestone = page.getByTestId("milestone").filter({ hasText: `Atelier national (${journey.locale})` });
    await expect(milestone).toContainText(journey.loggedDate);

    // Money in the reader's locale, with the currency code.
    await page.goto(`/countries/${journey.countryCode}/support/needs/new`);
    await expect(page.getByRole("heading", { level: 1, name: journey.newNeed })).toBeVisible();
    await page.getByLabel(journey.funding).check();
    await page.getByLabel(journey.amount).fill("1234.56");
    await page.getByLabel(journey.currency).fill("USD");
    await page.getByLabel(journey.needDescription).fill("Étude actuarielle");
    await page.getByRole("button", { name: journey.addNeed }).click();
    await expect(page.getByRole("status").filter({ hasText: journey.needAdded })).toBeVisible();
    await expect(page.getByRole("table", { name: journey.totals })).toContainText(journey.money);
  });
}
