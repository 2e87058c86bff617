import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, lines: string[]) {
  return processFile({ file, bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null }, knowledge());
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} ${n.periodText ?? ""}`).sort();

describe('rows of "period – nationality" under a title naming the nationality question', () => {
  it("takes the group from the title over the rows and the period from each row (a letter's table)", async () => {
    const r = await run("Anytown FOI response.txt", [
      "Question                          2018     2019",
      "2b. UASC who went missing           20       22",
      "",
      "Question 5 – nationality of unaccompanied children who went missing",
      "2018 – Eritrean                      9",
      "2018 – Iranian                       6",
      "2019 – Kuwaiti                                9",
    ]);
    expect(read(r)).toEqual(["uasc Eritrean 9 2018", "uasc Iranian 6 2018", "uasc Kuwaiti 9 2019"]);
  });

  it("gives no group when the title names both groups", async () => {
    const r = await run("Anytown FOI response.txt", [
      "Question 5 – nationality of trafficked and unaccompanied children who went missing",
      "2018 – Eritrean                      9",
      "2019 – Kuwaiti                                9",
    ]);
    expect(read(r)).toEqual([]);
  });

  it("reads the period out of the name in a nationality table's rows", async () => {
    const r = await run("Anytown FOI response.csv", [
      "Question 5 – nationality of unaccompanied children who went missing",
      "2018 – Eritrean,9",
      "2019 – Kuwaiti,3",
    ]);
    expect(read(r)).toEqual(["uasc Eritrean 9 2018", "uasc Kuwaiti 3 2019"]);
  });
});
