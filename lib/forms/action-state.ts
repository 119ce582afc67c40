/**
 * What a server action hands back to its form, and the one type of such an action: shared by the server's
 * mapping (app/_edge) and the client form kit (components/ui), so neither imports the other. Types only: a
 * value here would be a module of its own in every form's chunk.
 */

export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** For a conflict: the record as it stands now. */
  current?: unknown;
  /** For a refusal: what the user typed, so a page reloaded without JavaScript gives it back. */
  values?: Record<string, string>;
  /** For a refusal: the names sent more than once (boxes ticked in one group), each with every value sent. */
  lists?: Record<string, string[]>;
  /** For a success: the record created or changed. */
  id?: string;
  /** What a success hands back to show once, such as a one-time link or a new API token. */
  data?: Record<string, string>;
};

/** A form's server action, as `useActionState` calls it; pages hand it to client components as a prop. */
export type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
