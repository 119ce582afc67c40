/** What a server action hands back to its form; shared by the server mapping and the client form kit. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** For a conflict: the record as it stands now. */
  current?: unknown;
  /** What was submitted, so a page rendered without JavaScript shows the form as the user left it. */
  values?: Record<string, string>;
};
