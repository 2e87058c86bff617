import { type Issue, makeIssue } from "../domain/issues.js";
import type { Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { parseValue } from "../parse/parseValue.js";
import type { NoteLine } from "./applyFileNotes.js";

/** A question's number opening a line ("Q5:", "9.", "Question 5 -"), taken off before the subject is read. */
const NUMBER_OPENING = /^\s*(?:(?:question|q)\.?\s*)?\d{1,2}[a-z]?\s*[.:)\-–—]?\s*/iu;

/**
 * "Q5: nationality and gender are not provided as the numbers involved could
 * identify individual children (s.40(2))", "9. Nationality: … withheld under
 * section 38(1)(b)": the request asks for nationalities, the file gives no
 * list, and a line whose subject is nationality (labels.json
 * nationality.statement, after its question's number) refuses it or says it
 * is not held. The nationality question has no count of its own, so this is
 * said on the return (value_refused or value_not_held), once, naming the
 * line; otherwise the refusal went unsaid. Pure.
 */
export function readNationalityRefusal(
  lines: readonly NoteLine[],
  listsFound: boolean,
  issues: readonly Issue[],
  request: Pick<Request, "nationalityGroups" | "suppressionThreshold">,
  statementPatterns: readonly string[],
  values: ValueVocabulary,
): Issue[] {
  if (listsFound || request.nationalityGroups.length === 0) return [];
  // The answer to a numbered nationality question may already be read as refused (locate): said once.
  const told = issues.some(
    (i) => (i.code === "value_refused" || i.code === "value_not_held") && !i.measure && /nationalit/iu.test(i.message),
  );
  if (told) return [];
  const statement = compilePatterns(statementPatterns, "iu");
  for (const line of lines) {
    const subject = line.text.replace(NUMBER_OPENING, "");
    if (line.text.includes("?") || !statement.some((re) => re.test(subject))) continue;
    const { status } = parseValue(line.text, values, request.suppressionThreshold);
    if (status !== "refused" && status !== "not_held") continue;
    const said = status === "refused" ? "refuses to give" : "does not hold";
    return [
      makeIssue(status === "refused" ? "value_refused" : "value_not_held", {
        message: `"${line.text}" in ${describeSource(line.source)}: the council ${said} the nationalities the request asks for, and the file gives no nationality list.`,
        ...issueLocation(line.source),
        raw: line.text,
      }),
    ];
  }
  return [];
}
