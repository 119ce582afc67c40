import type { ReactNode } from "react";

/** The body of the 403, 404 and error pages: what happened and the way back. */
export function ProblemPage({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      {action ? <div className="mt-6 flex gap-3">{action}</div> : null}
    </div>
  );
}
