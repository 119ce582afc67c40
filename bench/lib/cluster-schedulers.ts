/**
 * bench:cluster's check of the schedulers every instance runs: a reporting round whose reminders are due now, and a
 * webhook endpoint fed by writes through the balancer; each reminder, its mail and each delivery must go out once.
 */
import type { startMailCatcher } from "../../lib/testing/mail";
import { type startWebhookReceiver, verifyStandardWebhook } from "../../lib/testing/webhook-receiver";
import { type ClusterRun, postMilestone, seconds1, sleep, waitFor } from "./cluster-run";
import { createPerson } from "./server";

export async function checkSchedulers(
  run: ClusterRun,
  {
    mail,
    receiver,
    intervals,
    webhookEvents,
    countryCodes,
  }: {
    mail: Awaited<ReturnType<typeof startMailCatcher>>;
    receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    /** Each scheduler's interval in seconds, as the instances were started with. */
    intervals: { reminders: number; notificationMails: number; webhooks: number };
    webhookEvents: number;
    countryCodes: string[];
  },
) {
  const { check, figure, query, acknowledged, stamp, balancer, balancerUrl, instances, coordinator, targets } = run;
  // ---- schedulers: a round whose reminders are due now, and a webhook endpoint fed by writes through the balancer.
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const roundCountries = countryCodes.slice(0, 3);
  const members: { userId: string; email: string }[] = [];
  for (const countryCode of roundCountries) for (let index = 0; index < 2; index++) members.push(await createPerson(balancer, { role: "working_group_member", countryCode }));
  const asCoordinator = (pathname: string, body: unknown) =>
    fetch(`${balancerUrl}${pathname}`, { method: "POST", headers: { cookie: coordinator, origin: balancerUrl, "content-type": "application/json" }, body: JSON.stringify(body) });
  const roundAnswer = await asCoordinator("/api/v1/rounds", { name: `Cluster round ${stamp}`, periodStart: day(-180), periodEnd: day(-1), dueOn: day(3), reminderDaysBefore: 7, countryCodes: roundCountries });
  const round = (await roundAnswer.json()) as { data?: { id: string } };
  check(roundAnswer.status === 201, `opening a reporting round: ${roundAnswer.status} ${JSON.stringify(round).slice(0, 200)}`);
  const endpointAnswer = await asCoordinator("/api/v1/webhooks", { url: receiver.url, description: "bench:cluster", eventTypes: ["milestone.logged"] });
  const endpoint = (await endpointAnswer.json()) as { data?: { id: string; secret: string } };
  check(endpointAnswer.status === 201, `registering a webhook endpoint: ${endpointAnswer.status} ${JSON.stringify(endpoint).slice(0, 200)}`);
  const events: string[] = [];
  for (let batch = 0; batch < webhookEvents; batch += 4) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(4, webhookEvents - batch) }, (_, offset) => postMilestone(run, balancerUrl, targets[(batch + offset) % targets.length]!, `Webhook event ${stamp} ${batch + offset}`)),
    );
    for (const answer of answers) {
      if (check(answer.status === 201, `a milestone written for the webhook: ${answer.status}`)) events.push(((await answer.json()) as { data: { id: string } }).data.id);
    }
  }
  acknowledged.push(...events);
  const memberIds = members.map((member) => member.userId);
  const remindersMailed = async () =>
    (await query<{ count: number }>("select count(*)::int as count from notifications where kind = 'report_reminder' and mailed_at is not null and user_id = any($1)", [memberIds]))[0]!.count;
  const deliveriesSeen = () => new Set(receiver.received.map((request) => request.headers["webhook-id"])).size;
  const waited = await waitFor(
    "every reminder mailed and every webhook delivered",
    async () => (await remindersMailed()) >= members.length && deliveriesSeen() >= events.length,
    (intervals.reminders + intervals.notificationMails) * 1000 * 4 + 30_000,
    250,
  );
  // Every scheduler runs again at least once more: anything sent twice would arrive now.
  await sleep(Math.max(...Object.values(intervals)) * 1000 + 3000);

  const reminderRows = (await query<{ count: number }>("select count(*)::int as count from report_reminders where round_id = $1", [round.data?.id ?? null]))[0]!.count;
  check(reminderRows === roundCountries.length, `${reminderRows} reminders recorded for ${roundCountries.length} countries`);
  const noticesOf = await query<{ userId: string; reminders: number; mailed: number }>(
    "select user_id as \"userId\", count(*) filter (where kind = 'report_reminder')::int as reminders, count(mailed_at)::int as mailed from notifications where user_id = any($1) group by user_id",
    [memberIds],
  );
  const recipientOf = (message: string) => /^To: (?:.*<)?([^<>\s]+@[^<>\s]+?)>?\s*$/m.exec(message)?.[1]?.toLowerCase();
  const mailsTo = (email: string) => mail.received.filter((message) => recipientOf(message) === email.toLowerCase()).length;
  let membersOnce = 0;
  for (const member of members) {
    const notices = noticesOf.find((row) => row.userId === member.userId);
    const mails = mailsTo(member.email);
    if (check(notices?.reminders === 1 && mails === notices.mailed && mails >= 1, `${member.email}: ${notices?.reminders ?? 0} reminder notice(s), ${notices?.mailed ?? 0} notice(s) mailed, ${mails} mail(s) received`)) membersOnce++;
  }
  const mailedInAll = (await query<{ count: number }>("select count(mailed_at)::int as count from notifications"))[0]!.count;
  check(mail.received.length <= mailedInAll, `${mail.received.length} notification mails received for ${mailedInAll} notices claimed: some went out twice`);
  figure(
    `reminders (${instances.length} instances' schedulers every ${intervals.reminders} s, mails every ${intervals.notificationMails} s)`,
    `${reminderRows} recorded for ${roundCountries.length} countries; ${membersOnce} of ${members.length} members got exactly one reminder and one mail per notice; ${mail.received.length} mails for ${mailedInAll} notices claimed`,
  );

  const received = receiver.received.filter((request) => request.path === "/hook");
  const ids = received.map((request) => request.headers["webhook-id"] as string);
  const eventIds = new Set(received.map((request) => (JSON.parse(request.body) as { data: { milestone?: { id: string } } }).data.milestone?.id));
  const signed = received.filter((request) => verifyStandardWebhook(endpoint.data?.secret ?? "", request.headers, request.body)).length;
  const deliveries = (
    await query<{ total: number; delivered: number; attempts: number }>(
      "select count(*)::int as total, count(*) filter (where state = 'delivered')::int as delivered, coalesce(max(attempts), 0)::int as attempts from webhook_deliveries where endpoint_id = $1",
      [endpoint.data?.id ?? null],
    )
  )[0]!;
  check(received.length === events.length && new Set(ids).size === events.length, `${events.length} events, ${received.length} webhook requests, ${new Set(ids).size} distinct`);
  check(events.every((id) => eventIds.has(id)), "a milestone logged had no webhook delivery");
  check(signed === received.length, `${received.length - signed} webhook request(s) without a valid signature`);
  check(deliveries.total === events.length && deliveries.delivered === events.length && deliveries.attempts === 1, `deliveries in the database: ${JSON.stringify(deliveries)}`);
  figure(
    `webhooks (${instances.length} instances' senders)`,
    `${events.length} events → ${received.length} requests, ${new Set(ids).size} distinct, ${signed} signed, ${deliveries.delivered} delivered in one attempt; all out ${seconds1(waited)} s after the last write`,
  );
}
