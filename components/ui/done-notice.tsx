import { Alert } from "./alert";

/**
 * The success notice of a page a form sent the reader back to with `?done=<what>` (a need added, an entry saved…):
 * shown only for a value the page knows, so a hand-typed address shows nothing rather than a missing message.
 */
export function DoneNotice<Done extends string>({ done, known, message }: { done: string | undefined; known: readonly Done[]; message: (done: Done) => string }) {
  if (!done || !(known as readonly string[]).includes(done)) return null;
  return (
    <div className="mb-4">
      <Alert tone="success">{message(done as Done)}</Alert>
    </div>
  );
}
