import { type Issue, makeIssue } from "../domain/issues.js";
import { type NamespaceMap, readXmlTree, type XmlElement, type XmlProblem } from "./xmlEvents.js";
import type { ZipArchive, ZipProblem } from "./zipArchive.js";

/**
 * Inflate and parse one XML part of an archive within the limits, or add
 * the issue that says why not (and what was done without it) and return
 * undefined, so the reader goes on with the parts it has.
 */
export function readXmlPart(
  file: string,
  zip: ZipArchive,
  part: string,
  namespaces: NamespaceMap,
  issues: Issue[],
  whatIsLost?: string,
): XmlElement | undefined {
  const text = zip.readText(part);
  if (!text.ok) {
    issues.push(reportZipProblem(file, text.problem, whatIsLost));
    return undefined;
  }
  const tree = readXmlTree(text.text, namespaces);
  if (!tree.ok) {
    issues.push(reportXmlProblem(file, part, tree.problem, whatIsLost));
    return undefined;
  }
  return tree.root;
}

/**
 * Issues for an archive or one of its XML parts that could not be read,
 * shared by the readers of zipped formats (.docx, .odt, .ods). A broken
 * size limit is `file_too_large`, naming the limit; anything else is
 * `file_corrupt`. `whatIsLost` says what the reader did without, when the
 * part was optional ("its footnotes were left out").
 */
export function reportZipProblem(file: string, problem: ZipProblem, whatIsLost?: string): Issue {
  const code = problem.kind === "too_large" ? "file_too_large" : "file_corrupt";
  const lost = whatIsLost ? `; ${whatIsLost}` : "";
  return makeIssue(code, { message: `${file} could not be read in full: ${problem.reason}${lost}.`, file });
}

export function reportXmlProblem(file: string, part: string, problem: XmlProblem, whatIsLost?: string): Issue {
  const code = problem.kind === "too_large" ? "file_too_large" : "file_corrupt";
  const lost = whatIsLost ? `; ${whatIsLost}` : "";
  return makeIssue(code, {
    message: `${file} could not be read in full: its part ${part} ${problem.reason}${lost}.`,
    file,
  });
}
