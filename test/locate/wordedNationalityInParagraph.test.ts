import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A letter's paragraph that gives counts and names the children's
 * nationalities in words alone ("Both were Sudanese."): the counts are read
 * from the other sentences, and the nationality sentence is the list.
 */
describe("a paragraph of counts with a nationality named in words", () => {
  it.each([
    ["Both were Sudanese nationals.", "uasc Sudanese 2"],
    ["Both young people are Iranian.", "uasc Iranian 2"],
    ["Both children were Albanian nationals.", "uasc Albanian 2"],
  ])("%s", async (nationalities, expected) => {
    const letter = [
      "Anytown Council",
      "",
      `In the period 2 unaccompanied asylum seeking children went missing, between them on 7 occasions. ${nationalities}`,
    ];
    const r = await processFile(
      { file: "Anytown reply.txt", bytes: text(letter.join("\n")), manifestCode: null },
      knowledge(),
    );
    const got = Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
    expect(got).toMatchObject({ uasc_went_missing: 2, uasc_missing_incidents: 7 });
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([expected]);
    expect(r.issues.some((i) => i.code === "layout_unknown")).toBe(false);
  });
});
