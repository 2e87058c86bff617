import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "> 3. … the trafficked children …?" and "> 7. … the unaccompanied
 * children …?" quoted one under the other over one answer (round 94): the
 * figure answers both questions at once, so it is neither group's count for
 * certain. Read under the nearer question alone, it passed as that group's.
 */
async function read(lines: string[]) {
  const text = ["Wolverhampton City Council - response to your FOI request", ...lines].join("\n");
  const r = await processFile(
    { file: "Wolverhampton.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return {
    facts: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`),
    ambiguous: r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure),
  };
}

const Q3 = "3. How many missing episodes (incidents) did the trafficked children who went missing have?";
const Q7 = "7. How many missing episodes (incidents) did the unaccompanied children who went missing have?";

describe("two questions restated together over one answer", () => {
  it("does not give the answer to the nearer question alone", async () => {
    const r = await read([Q3, Q7, "31 missing episodes relating to the 9 children above.", "", Q7.replace("7.", "8.")]);
    expect(r.facts).not.toContain("uasc_missing_incidents 31");
    expect(r.ambiguous).toEqual(["uasc_missing_incidents"]);
  });

  it("leaves a list of every question before the answers alone", async () => {
    const Q2 = "2. Of the children in question 1, how many went missing at least once?";
    // Three questions or more over a line are the request's questions listed, as some replies open;
    // the line under them is not known to answer the last two at once.
    const r = await read([Q2, Q3, Q7, "31"]);
    expect(r.ambiguous).toEqual([]);
  });

  it("reads each question's own answer when each is answered", async () => {
    const r = await read([Q3, "12", Q7, "31"]);
    expect(r.facts).toEqual(expect.arrayContaining(["trafficked_missing_incidents 12", "uasc_missing_incidents 31"]));
    expect(r.ambiguous).toEqual([]);
  });
});
