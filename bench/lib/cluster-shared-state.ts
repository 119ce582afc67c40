/**
 * bench:cluster's checks of what instances share through the database: a sign-in limit reached by failures spread over
 * the instances, an Idempotency-Key replayed on another instance or sent to all at once, an evidence file uploaded
 * through one instance's form and served by every one.
 */
import { signInLimits } from "../../lib/auth/sign-in-limits";
import { samplePdf } from "../../lib/files/sample-files";
import { type ClusterRun, countTitled, postMilestone } from "./cluster-run";
import { formBody, formsIn } from "./page-forms";
import { attemptSignIn, createPerson } from "./server";

/** A JSON text with its objects' keys in order: the remembered answer comes back from jsonb, which orders keys its own way. */
const canonical = (text: string): string => {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, sorted(inner)]))
        : value;
  try {
    return JSON.stringify(sorted(JSON.parse(text)));
  } catch {
    return text;
  }
};

export async function checkSharedState(run: ClusterRun) {
  const { check, figure, query, acknowledged, stamp, balancer, balancerUrl, instances, coordinator, targets } = run;
  // ---- sign-in limits: failures spread over the instances, then the right password refused on each.
  const guessed = await createPerson(balancer, { role: "coordinator" });
  for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
    const tried = await attemptSignIn(instances[attempt % instances.length]!, guessed.email, `wrong-${attempt}`);
    check(!tried.signedIn, `a wrong password signed ${guessed.email} in`);
  }
  let limitedOn = 0;
  for (const instance of instances) {
    const tried = await attemptSignIn(instance, guessed.email, guessed.password);
    if (check(!tried.signedIn && tried.location.includes("RateLimited"), `after ${signInLimits.perAccount} failures spread over the instances, ${instance.url} let the right password in (${tried.location})`)) limitedOn++;
  }
  figure(`sign-in limit (${signInLimits.perAccount} failures spread over ${instances.length} instances) held on`, `${limitedOn} of ${instances.length} instances`);

  // ---- idempotency keys: the same key on another instance, then on two instances at once.
  const [first, second] = [instances[0]!, instances[1]!];
  const replayTitle = `Idempotent ${stamp} one after the other`;
  const firstAnswer = await postMilestone(run, first.url, targets[0]!, replayTitle, { "idempotency-key": `cluster-${stamp}-1` });
  const firstBody = canonical(await firstAnswer.text());
  const replayed = await postMilestone(run, second.url, targets[0]!, replayTitle, { "idempotency-key": `cluster-${stamp}-1` });
  const replayedBody = canonical(await replayed.text());
  check(
    firstAnswer.status === 201 && replayed.status === 201 && replayedBody === firstBody,
    `an Idempotency-Key replayed on another instance: ${firstAnswer.status}, then ${replayed.status} ${replayedBody === firstBody ? "(same answer)" : `(another answer: ${firstBody.slice(0, 300)} then ${replayedBody.slice(0, 300)})`}`,
  );
  check((await countTitled(run, replayTitle)) === 1, "an Idempotency-Key replayed on another instance wrote twice");
  if (firstAnswer.status === 201) acknowledged.push((JSON.parse(firstBody) as { data: { id: string } }).data.id);
  const raceTitle = `Idempotent ${stamp} at once`;
  const raced = await Promise.all(instances.map((instance) => postMilestone(run, instance.url, targets[1]!, raceTitle, { "idempotency-key": `cluster-${stamp}-2` })));
  const racedStatuses = raced.map((answer) => answer.status);
  const racedBodies = (await Promise.all(raced.map((answer) => answer.text()))).map(canonical);
  const created = racedBodies.filter((_, index) => racedStatuses[index] === 201);
  check(created.length >= 1 && racedStatuses.every((status) => status === 201 || status === 409) && new Set(created).size === 1, `one Idempotency-Key on ${instances.length} instances at once: ${racedStatuses.join(", ")}${new Set(created).size > 1 ? ` (answers differ: ${created.map((body) => body.slice(0, 200)).join(" / ")})` : ""}`);
  check((await countTitled(run, raceTitle)) === 1, `one Idempotency-Key on ${instances.length} instances at once wrote ${await countTitled(run, raceTitle)} milestones`);
  if (created[0]) acknowledged.push((JSON.parse(created[0]) as { data: { id: string } }).data.id);
  figure("Idempotency-Key replayed on another instance / sent to all at once", `${firstAnswer.status} then ${replayed.status} / ${racedStatuses.join(", ")}; one milestone each`);

  // ---- evidence: the form read from one instance's page, posted with a file to another, served by every one.
  const evidenceTitle = `Evidence ${stamp}`;
  const stepPath = `/countries/${targets[2]!.code}/steps/${targets[2]!.stepId}`;
  const stepPage = await (await fetch(`${first.url}${stepPath}`, { headers: { cookie: coordinator } })).text();
  const logForm = formsIn(stepPage).find((form) => form.fields.some(([name]) => name === "title") && form.fields.some(([name]) => name === "occurredOn"));
  const pdf = samplePdf(`Cluster evidence ${stamp}`);
  if (check(logForm !== undefined, `no milestone form on ${stepPath}`)) {
    const posted = await fetch(`${second.url}${stepPath}`, {
      method: "POST",
      headers: { cookie: coordinator, origin: second.url },
      body: formBody(logForm!, { title: evidenceTitle, occurredOn: "2026-01-16", files: new File([new Uint8Array(pdf)], "cluster-evidence.pdf", { type: "application/pdf" }) }),
      redirect: "manual",
    });
    check(posted.status < 400, `the milestone form (from ${first.url}) posted with a file to ${second.url}: ${posted.status}`);
    const [stored] = await query<{ id: string; milestoneId: string }>(
      "select e.id, e.milestone_id as \"milestoneId\" from evidence e join milestones m on m.id = e.milestone_id where m.title = $1 and e.kind = 'file'",
      [evidenceTitle],
    );
    let servedBy = 0;
    if (check(stored !== undefined, `the file posted to ${second.url} was not stored`)) {
      acknowledged.push(stored!.milestoneId);
      for (const base of [...instances.map((instance) => instance.url), balancerUrl]) {
        const download = await fetch(`${base}/api/evidence/${stored!.id}`, { headers: { cookie: coordinator } });
        const bytes = new Uint8Array(await download.arrayBuffer());
        if (check(download.status === 200 && Buffer.compare(Buffer.from(bytes), Buffer.from(pdf)) === 0, `the evidence file from ${base}: ${download.status}, ${bytes.length} bytes of ${pdf.length}`)) servedBy++;
      }
    }
    figure("evidence file uploaded through one instance, served the same by", `${servedBy} of ${instances.length + 1} (each instance and the balancer)`);
  }
}
