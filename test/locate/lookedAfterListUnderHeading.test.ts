import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

function letter(lines: string[]): Sheet {
  return { name: "reply.txt", rows: lines.map((l) => [l]), merges: [] };
}

function read(lines: string[]): { nationalities: string[]; codes: string[] } {
  const env = createLocateEnv("reply.txt", "txt", knowledge());
  const layout = locateFigures(buildGrid(letter(lines), env), env);
  return {
    nationalities: layout.tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)),
    codes: [...layout.issues, ...layout.tables.flatMap((t) => t.issues)].map((i) => i.code),
  };
}

// "Unaccompanied asylum-seeking children looked after, by nationality:" over
// "Afghan 4, Sudanese 2, Eritrean 1.": the heading says whose list it is (the
// children looked after, not those who went missing), and the list's own line
// names no one. Read with the heading's group alone, it was counted as the
// children who went missing, with no warning.
describe("a list of looked-after children under a heading that names the group", () => {
  it.each([
    ["Unaccompanied asylum-seeking children looked after, by nationality:", "Afghan 4, Sudanese 2, Eritrean 1."],
    ["Nationality of the trafficked children we looked after:", "Vietnamese 4, Albanian 3, British 2."],
    ["UASC looked after during the period - nationality:", "Afghan 4, Sudanese 2, Eritrean 1."],
  ])("is not counted, and is flagged: %s", (...lines) => {
    const got = read(["2b UASC who went missing: 7", "Question 5", ...lines, "Yours sincerely"]);
    expect(got.nationalities).toEqual([]);
    expect(got.codes).toContain("label_outside_request");
  });

  it.each([
    ["Nationality of unaccompanied children who went missing:", "Afghan 4, Sudanese 2, Eritrean 1."],
    [
      "Unaccompanied asylum-seeking children looked after who went missing, by nationality:",
      "Afghan 4, Sudanese 2, Eritrean 1.",
    ],
  ])("is read when the heading names the children who went missing: %s", (...lines) => {
    const got = read(["2b UASC who went missing: 7", "Question 5", ...lines, "Yours sincerely"]);
    expect(got.nationalities).toEqual(["uasc Afghan 4", "uasc Sudanese 2", "uasc Eritrean 1"]);
  });
});
