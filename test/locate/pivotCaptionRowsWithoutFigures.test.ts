import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown Council FOI response.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? `${n.lower}-${n.upper}`}`).sort();

/**
 * Excel's pivot of children who went missing with the group and then the
 * nationality as row fields, in tabular form: each group's caption alone on
 * its row with no figures, its nationalities indented under it, and a
 * "<group> Total" row closing them.
 */
describe("a nationality pivot whose group captions carry no figures", () => {
  it("reads each group's nationalities under its caption, and not its Total row", async () => {
    const r = await run([
      "Cohort,Went missing",
      "",
      "Count of Child ID,Column Labels",
      "Row Labels,2018,2019,2020,Grand Total",
      "Trafficked / MS,,,,",
      "   Albanian,,1,1,2",
      "   Vietnamese,1,,1,2",
      "Trafficked / MS Total,1,1,2,4",
      "UASC,,,,",
      "   Afghan,2,1,1,4",
      "   Eritrean,2,1,2,5",
      "UASC Total,4,2,3,9",
    ]);
    expect(read(r)).toEqual([
      "trafficked Albanian 1",
      "trafficked Albanian 1",
      "trafficked Vietnamese 1",
      "trafficked Vietnamese 1",
      "uasc Afghan 1",
      "uasc Afghan 1",
      "uasc Afghan 2",
      "uasc Eritrean 1",
      "uasc Eritrean 2",
      "uasc Eritrean 2",
    ]);
  });
});
