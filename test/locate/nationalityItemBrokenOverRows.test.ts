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

// A letter's table whose answer is centred beside a long question: the answer's first line sits above the
// question's and is read as a row of its own, so the list is cut inside an item ("… Afghan" / "6, Eritrean 4").
describe("a nationality list whose first item is cut between two rows of the answer column", () => {
  it("joins the answer's first line, ending in a nationality with no count, to the row whose answer opens with that count", async () => {
    const r = await run([
      "Question,Response",
      '"4. The total number of looked after children that are still missing or absent.",<5',
      ',"UASC who went missing: Afghan"',
      '"5. For all of the above please provide a breakdown of these numbers by gender and nationality of the child.","6, Eritrean 4, Albanian 3. All male."',
    ]);
    expect(read(r)).toEqual(["uasc Afghan 6", "uasc Albanian 3", "uasc Eritrean 4"]);
  });

  it("leaves alone a row above that ends with a nationality's count", async () => {
    const r = await run([
      "Question,Response",
      ',"UASC who went missing: Afghan 2"',
      '"5. For all of the above please provide a breakdown of these numbers by gender and nationality of the child.","6 were male."',
    ]);
    expect(read(r)).toEqual(["uasc Afghan 2"]);
  });
});
