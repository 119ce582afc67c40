/**
 * Wakes this instance's webhook sender soon after a change enqueued a delivery, rather than at its next round: a short
 * delay lets the change's transaction commit first; the sender's round finds the rows once they are visible.
 */
type Waker = () => void;
const wakers = new Set<Waker>();
let pending: ReturnType<typeof setTimeout> | undefined;

/** The sender registers itself; returns a function that stops listening. */
export function onWebhookWake(waker: Waker): () => void {
  wakers.add(waker);
  return () => wakers.delete(waker);
}

export function wakeWebhookSender(): void {
  if (wakers.size === 0 || pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    for (const waker of wakers) waker();
  }, 300);
  pending.unref?.();
}
