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

describe("a row naming the other group, its list in a nationality table's count cell", () => {
  it("reads the list as that row's group", async () => {
    const r = await run([
      "Nationality of UASC who went missing,Number",
      "Afghan,5",
      "Eritrean,2",
      'Trafficked children who went missing,"3 - nationality Vietnamese (2), Albanian (1)"',
    ]);
    expect(read(r)).toEqual(["trafficked Albanian 1", "trafficked Vietnamese 2", "uasc Afghan 5", "uasc Eritrean 2"]);
  });

  it("reads no list from a cell whose words before the items say more than nationality", async () => {
    const r = await run([
      "Nationality of UASC who went missing,Number",
      "Afghan,5",
      'Trafficked children who went missing,"3 looked after, of whom Vietnamese (2), Albanian (1)"',
    ]);
    expect(read(r)).toEqual(["uasc Afghan 5"]);
  });
});
