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

describe("a nationality row whose lists sit in the groups' columns of the table above", () => {
  it("reads each list as the group's heading its column", async () => {
    const r = await run([
      "Period: 1 October 2014 to 30 September 2015,Trafficked (identified or suspected),UASC",
      "Looked after in period,12,112",
      "  of which identified,6,",
      "Went missing at least once,5,21",
      "Missing episodes,DNS,58",
      "Not found / still missing,0,nk",
      'Nationality of those who went missing,"Albanian x2, Vietnamese x3","Afghan x3, Eritrean x3"',
    ]);
    expect(read(r)).toEqual(["trafficked Albanian 2", "trafficked Vietnamese 3", "uasc Afghan 3", "uasc Eritrean 3"]);
  });

  it('never takes a group from an answer\'s own words in the column ("see Q1")', async () => {
    const r = await run([
      "Q No;Question;Response",
      "1;Trafficked or suspected trafficked looked after children 01/10/2014 - 30/09/2015;Information not held - the authority does not record trafficking as a category on its system",
      "2;Of these how many went missing at least once;Information not held (see Q1)",
      "3;Number of missing episodes;Information not held (see Q1)",
      "4;Still missing / not found;Information not held (see Q1)",
      "5;Unaccompanied asylum seeking children looked after 01/10/2014 - 30/09/2015;5",
      "6;Of these how many went missing at least once;1",
      "7;Number of missing episodes;2",
      "8;Still missing / not found;0",
      "9;Nationality of children who went missing;Eritrean (1)",
    ]);
    expect(read(r)).not.toContain("trafficked Eritrean 1");
  });

  it("reads nothing there when a list's column names no group", async () => {
    const r = await run([
      "Question,Trafficked,All children",
      "Went missing at least once,5,21",
      'Nationality of those who went missing,"Albanian x2, Vietnamese x3","Afghan x3, Eritrean x3"',
    ]);
    expect(read(r)).not.toContain("uasc Afghan 3");
    expect(read(r)).not.toContain("trafficked Afghan 3");
  });
});
