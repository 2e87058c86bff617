import type { Issue } from "../domain/issues.js";
import { issueLocation, type Source } from "../domain/source.js";

/**
 * The issues left once the cells at `answered` have been read after all ("As Q2",
 * "N/A" under a key saying it means none): their "not answered" warnings no longer hold.
 */
export function withoutStaleNotAnswered(existing: readonly Issue[], answered: readonly Source[]): Issue[] {
  const stale = (i: Issue) =>
    i.code === "value_not_answered" &&
    answered.some((s) => {
      const at = issueLocation(s);
      return i.file === at.file && i.cell === at.cell && (i.sheet ?? "") === (at.sheet ?? "");
    });
  return existing.filter((i) => !stale(i));
}
