/**
 * People at a human pace, open loop: each person sends a request every `paceMs` whatever the answers, as people
 * reading pages do, so a slow answer does not slow the arrivals down (a closed loop, autocannon's, waits for each
 * answer before the next request, and so measures capacity, not what people see). A request's time runs from when it
 * was due, so a late timer counts against the server's figure, never for it.
 */

export type Sample = { kind: string; status: number; ms: number };

/** What a person's n-th request is and how it went: its kind (for per-kind figures) and status (0 when it threw). */
export type Send<Person> = (person: Person, n: number) => Promise<{ kind: string; status: number }>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openLoop<Person>(options: { people: Person[]; paceMs: number; seconds: number; send: Send<Person> }): Promise<Sample[]> {
  const { people, paceMs, seconds, send } = options;
  const started = performance.now();
  const end = started + seconds * 1000;
  const samples: Sample[] = [];
  const inFlight: Promise<void>[] = [];
  await Promise.all(
    people.map(async (person, index) => {
      // People start spread over the first pace, so the arrivals are even rather than in bursts of everyone at once.
      let due = started + (index / people.length) * paceMs;
      for (let n = 0; due < end; n++, due += paceMs) {
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const dueAt = due;
        inFlight.push(
          send(person, n).then(
            ({ kind, status }) => void samples.push({ kind, status, ms: performance.now() - dueAt }),
            () => void samples.push({ kind: "error", status: 0, ms: performance.now() - dueAt }),
          ),
        );
      }
    }),
  );
  await Promise.all(inFlight);
  return samples;
}

/** One person, one request at a time: the figure a person alone on the server sees. */
export async function onePersonAlone<Person>(person: Person, requests: number, send: Send<Person>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let n = 0; n < requests; n++) {
    const start = performance.now();
    const { kind, status } = await send(person, n).catch(() => ({ kind: "error", status: 0 }));
    samples.push({ kind, status, ms: performance.now() - start });
  }
  return samples;
}
