import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Q5: nationality and gender are not provided as the numbers involved could
 * identify individual children (s.40(2))": the request asks for nationalities
 * and the file gives none, so the refusal is said on the return.
 */
async function codes(last: string, file = "response.csv"): Promise<string[]> {
  const text = [
    "Question,Number",
    "1c UASC looked after,16",
    "2b UASC who went missing,6",
    "",
    file.endsWith(".csv") ? `"${last}"` : last,
  ].join("\n");
  const r = await processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E08000036" }, knowledge());
  return r.issues
    .filter((i) => (i.code === "value_refused" || i.code === "value_not_held") && (i.measure ?? "") === "")
    .map((i) => i.code);
}

describe("a line refusing the nationality question", () => {
  it.each([
    [
      "Q5: nationality and gender are not provided as the numbers involved could identify individual children (s.40(2)).",
      ["value_refused"],
    ],
    ["9. Nationality: we hold this information, but it is withheld under section 38(1)(b).", ["value_refused"]],
    ["Nationality is not recorded on our system.", ["value_not_held"]],
    ["Nationality: see the table below.", []],
    ["Figures under 5 are withheld under s.40(2).", []],
  ])("%s", async (line, expected) => {
    expect(await codes(line)).toEqual(expected);
  });
});
