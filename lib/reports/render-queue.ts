/**
 * Bounds the PDF renders of one server process: so many Chromiums at once, so many requests waiting, so many
 * per person, and so long each. A request beyond a bound is refused at once, with a wait to suggest, before any
 * Chromium starts; a render past its time is told to stop, and its place is freed only once it has.
 */

export type RenderLimits = {
  /** Renders at once: each Chromium takes a few hundred megabytes. */
  concurrency: number;
  /** Requests waiting for a free render, across everyone. */
  queueLength: number;
  /** Requests one person may have running or waiting. */
  perPerson: number;
  /** How long one render may take before it is stopped. */
  timeoutMs: number;
};

export type Render<T> = (signal: AbortSignal) => Promise<T>;

export type QueuedRender<T> = { outcome: "done"; value: T } | { outcome: "tooMany" | "busy" | "timedOut"; retryAfterSeconds: number };


/** Until renders have been timed, one is taken to last this long. */
const assumedRenderMs = 5_000;

export function createRenderQueue(limits: RenderLimits) {
  const waiting: (() => void)[] = [];
  const perPerson = new Map<string, number>();
  let running = 0;
  let averageMs = assumedRenderMs;

  /** Seconds until `ahead` renders are likely done, at least one. */
  const secondsFor = (ahead: number) => Math.max(1, Math.ceil((Math.ceil(ahead / limits.concurrency) * averageMs) / 1000));

  function release(person: string) {
    running--;
    const left = (perPerson.get(person) ?? 1) - 1;
    if (left > 0) perPerson.set(person, left);
    else perPerson.delete(person);
    waiting.shift()?.();
  }

  async function render<T>(person: string, job: Render<T>): Promise<QueuedRender<T>> {
    running++;
    const controller = new AbortController();
    const started = Date.now();
    const work = Promise.resolve().then(() => job(controller.signal));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<"timedOut">((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve("timedOut");
      }, limits.timeoutMs);
    });
    // The place is freed when the render has really ended, not when its caller stops waiting for it.
    void work.then(
      () => {
        averageMs = (averageMs * 3 + (Date.now() - started)) / 4;
        release(person);
      },
      () => release(person),
    );
    try {
      const first = await Promise.race([work.then((value) => ({ value })), timedOut]);
      return first === "timedOut" ? { outcome: "timedOut", retryAfterSeconds: secondsFor(running + waiting.length) } : { outcome: "done", value: first.value };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    run<T>(person: string, job: Render<T>): Promise<QueuedRender<T>> {
      const held = perPerson.get(person) ?? 0;
      if (held >= limits.perPerson) return Promise.resolve({ outcome: "tooMany", retryAfterSeconds: secondsFor(1) });
      if (running < limits.concurrency) {
        perPerson.set(person, held + 1);
        return render(person, job);
      }
      if (waiting.length >= limits.queueLength) return Promise.resolve({ outcome: "busy", retryAfterSeconds: secondsFor(running + waiting.length) });
      perPerson.set(person, held + 1);
      return new Promise((resolve, reject) => waiting.push(() => render(person, job).then(resolve, reject)));
    },
  };
}
