/**
 * What the tests of the costing across countries share: Mozambique's costing validated twice and shared with
 * everyone signed in, the second version adding a package; Togo's validated once and kept to its country, its
 * horizon year left without figures; Benin's framed with a scenario but never validated.
 */
import type { createSchemeCast } from "@/lib/assessment/test-helpers";
import { nationalDialogue } from "@/lib/assessment/matrix/test-helpers";
import type { FileDatabase } from "@/lib/testing/database";
import { addPackage } from "./add-package";
import { addScenario } from "./add-scenario";
import { costedMozambique, costingVersionOf, frameCosting } from "./inputs-test-helpers";
import { childGrant, writeInputs } from "./scenario-test-helpers";
import { shareCosting } from "./share";
import { validateCosting } from "./validate";

type Cast = Awaited<ReturnType<typeof createSchemeCast>>;

async function validate(database: FileDatabase, actor: Cast["mozambique"], countryCode: string, occurredOn: string) {
  const milestoneId = await nationalDialogue(database, actor, { countryCode, occurredOn, title: `Dialogue on the costing, ${occurredOn}` });
  return validateCosting(database.db, actor, { countryCode, version: await costingVersionOf(database, countryCode), milestoneId });
}

export async function validatedCostings(database: FileDatabase, people: Cast, { togoPackageName = "Togo child grant" } = {}) {
  const mozambique = await costedMozambique(database, people.mozambique);
  await validate(database, people.mozambique, "MZ", "2025-09-18");
  await shareCosting(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), sharingLevel: "all" });
  const highOption = (await addPackage(database.db, people.mozambique, { countryCode: "MZ", name: "High option", scenarioIds: [mozambique.pension] })).id;
  await validate(database, people.mozambique, "MZ", "2026-03-02");

  await frameCosting(database, people.togo, { countryCode: "TG", currency: "XOF", populationSource: "INSEED" });
  await writeInputs(database, "TG");
  const togoGrant = (await addScenario(database.db, people.togo, childGrant({ countryCode: "TG", takeUpYear: "2026" }))).id;
  const togoPackage = (await addPackage(database.db, people.togo, { countryCode: "TG", name: togoPackageName, scenarioIds: [togoGrant] })).id;
  await validate(database, people.togo, "TG", "2025-11-20");

  await frameCosting(database, people.coordinator, { countryCode: "BJ", currency: "XOF" });
  await addScenario(database.db, people.coordinator, childGrant({ countryCode: "BJ" }));
  return { ...mozambique, highOption, togoPackage };
}
