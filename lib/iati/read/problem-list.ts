/** The problems of one activity (or the root), capped: past the cap one `truncated` problem says how many were left out. */
import { type IatiProblem, type IatiProblemReason, iatiReadLimits } from "./types";

const maxDetail = 200;

export class ProblemList {
  private readonly kept: IatiProblem[] = [];
  private leftOut = 0;

  add(path: string, reason: IatiProblemReason, detail = ""): void {
    // An activity too large to read whole must say so whatever came before: the classification skips it on that.
    if (this.kept.length >= iatiReadLimits.problemsPerActivity && reason !== "too_large") {
      this.leftOut++;
      return;
    }
    this.kept.push({ path, reason, detail: detail.length > maxDetail ? `${detail.slice(0, maxDetail - 1)}…` : detail });
  }

  list(): IatiProblem[] {
    if (this.leftOut === 0) return this.kept;
    return [...this.kept, { path: "", reason: "truncated", detail: `${this.leftOut} more problems` }];
  }
}
