import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown FOI response.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

const unknown = (r: Awaited<ReturnType<typeof run>>) =>
  r.issues.filter((i) => i.code === "nationality_unknown").map((i) => i.raw);

// "Question | Number" over "Trafficked – Vietnamese | 2": a table of
// nationalities whose header never says "nationality", each row naming its
// group beside the nationality.
describe("rows naming group and nationality under a header that names neither", () => {
  const table = [
    "Table 3: Nationality of children who went missing",
    "Question,Number",
    "Trafficked – Vietnamese,2",
    "Trafficked – Nigerian,2",
    "UASC – Afghan,6",
    "UASC – Eritrean,4",
  ];

  it("reads each row as its own group's nationality", async () => {
    const r = await run(table);
    expect(read(r)).toEqual(["trafficked Nigerian 2", "trafficked Vietnamese 2", "uasc Afghan 6", "uasc Eritrean 4"]);
  });

  it("takes no nationality from a closing line with no count under the table", async () => {
    const r = await run([...table, "Yours sincerely,"]);
    expect(read(r)).toEqual(["trafficked Nigerian 2", "trafficked Vietnamese 2", "uasc Afghan 6", "uasc Eritrean 4"]);
    expect(unknown(r)).toEqual([]);
  });

  it("still reads no table when the rows name no nationality", async () => {
    const r = await run(["Question,Number", "Trafficked – went missing,2", "UASC – went missing,6"]);
    expect(read(r)).toEqual([]);
  });
});
