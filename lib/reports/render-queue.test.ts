import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRenderQueue, type RenderLimits } from "./render-queue";

/** A render the test finishes by hand, recording when it started and whether it was told to stop. */
function manualRender() {
  const started: string[] = [];
  const finishers = new Map<string, (value: string) => void>();
  const signals = new Map<string, AbortSignal>();
  const render = (name: string) => (signal: AbortSignal) =>
    new Promise<string>((resolve) => {
      started.push(name);
      signals.set(name, signal);
      finishers.set(name, resolve);
      // Like Chromium closed on abort: an aborted render ends soon after.
      signal.addEventListener("abort", () => setTimeout(() => resolve(`${name} stopped`), 10));
    });
  const finish = async (name: string) => {
    finishers.get(name)!(`${name}.pdf`);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { started, signals, render, finish };
}

const limits: RenderLimits = { concurrency: 1, queueLength: 2, perPerson: 2, timeoutMs: 30_000 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the PDF render queue", () => {
  it("renders one at a time by default, in the order asked, and hands each its own result", async () => {
    const queue = createRenderQueue(limits);
    const { started, render, finish } = manualRender();
    const first = queue.run("amara", render("summary"));
    const second = queue.run("bruno", render("senegal"));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(["summary"]);
    await finish("summary");
    expect(started).toEqual(["summary", "senegal"]);
    await finish("senegal");
    await expect(first).resolves.toEqual({ outcome: "done", value: "summary.pdf" });
    await expect(second).resolves.toEqual({ outcome: "done", value: "senegal.pdf" });
  });

  it("runs up to its concurrency side by side", async () => {
    const queue = createRenderQueue({ ...limits, concurrency: 2 });
    const { started, render } = manualRender();
    void queue.run("amara", render("summary"));
    void queue.run("bruno", render("senegal"));
    void queue.run("chloe", render("benin"));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(["summary", "senegal"]);
  });

  it("refuses a person a render beyond their share (429) without starting Chromium, and serves them again once one is done", async () => {
    const queue = createRenderQueue(limits);
    const { started, render, finish } = manualRender();
    void queue.run("amara", render("first"));
    void queue.run("amara", render("second"));
    const third = await queue.run("amara", render("third"));
    expect(third).toEqual({ outcome: "tooMany", retryAfterSeconds: expect.any(Number) });
    expect(third.outcome !== "done" && third.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(started).not.toContain("third");
    await finish("first");
    const again = queue.run("amara", render("again"));
    await finish("second");
    await finish("again");
    await expect(again).resolves.toEqual({ outcome: "done", value: "again.pdf" });
  });

  it("answers busy (503) when the queue is full, starting nothing more, with a wait that grows with the queue", async () => {
    const queue = createRenderQueue(limits);
    const { started, render } = manualRender();
    void queue.run("amara", render("running"));
    void queue.run("bruno", render("waiting 1"));
    void queue.run("chloe", render("waiting 2"));
    const refused = await queue.run("dara", render("refused"));
    expect(refused).toEqual({ outcome: "busy", retryAfterSeconds: expect.any(Number) });
    expect(started).toEqual(["running"]);
    // Three renders ahead of it, of about five seconds each until some have been timed.
    expect(refused.outcome === "busy" && refused.retryAfterSeconds).toBe(15);
  });

  it("stops a render that runs past its time, answers timedOut, and starts the next only once Chromium is gone", async () => {
    const queue = createRenderQueue(limits);
    const { started, signals, render } = manualRender();
    const slow = queue.run("amara", render("slow"));
    void queue.run("bruno", render("next"));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(signals.get("slow")!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals.get("slow")!.aborted).toBe(true);
    await expect(slow).resolves.toEqual({ outcome: "timedOut", retryAfterSeconds: expect.any(Number) });
    expect(started).toEqual(["slow"]);
    await vi.advanceTimersByTimeAsync(10);
    expect(started).toEqual(["slow", "next"]);
  });

  it("passes a failed render's error to its caller and frees its place", async () => {
    const queue = createRenderQueue(limits);
    await expect(queue.run("amara", async () => Promise.reject(new Error("Chromium crashed")))).rejects.toThrow("Chromium crashed");
    await expect(queue.run("amara", async () => "report.pdf")).resolves.toEqual({ outcome: "done", value: "report.pdf" });
  });
});
