import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "9. What are the nationalities …? | See table below (UASC only)" over a
 * "Nationality | Number of children" table: the answer pointing at the table
 * says whose it is, so its rows are the UASC's. Without the "only" the
 * table's group stays unknown, as before.
 */
describe("a nationality table limited to one group by the line above it", () => {
  const run = async (pointer: string) => {
    const csv = [
      "Question,Response",
      "5. How many unaccompanied asylum seeking children (UASC) were looked after?,20",
      '"6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",3',
      `9. What are the nationalities of the trafficked and unaccompanied children who went missing?,${pointer}`,
      "Nationality,Number of children",
      "Afghanistan,2",
      "Iran,1",
      "Total,3",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv}\n`), manifestCode: "E08000011" },
      knowledge(),
    );
    return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
  };

  it("reads the rows as the one group named", async () => {
    expect(await run("See table below (UASC only)")).toEqual(["uasc Afghan 2", "uasc Iranian 1"]);
  });

  it("leaves them unread without 'only'", async () => {
    expect(await run("See table below")).toEqual([]);
  });
});
