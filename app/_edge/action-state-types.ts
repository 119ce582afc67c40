/** What a server action hands back to its form; shared by the server mapping and the client form kit. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** For a conflict: the record as it stands now. */
  current?: unknown;
  /** For a refusal: what the user typed, so a page reloaded without JavaScript gives it back. */
  values?: Record<string, string>;
  /** For a success: the record created or changed. */
  id?: string;
  /** What a success hands back to show once, such as a one-time link or a new API token. */
  data?: Record<string, string>;
};
