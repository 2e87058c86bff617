import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A case-management export of one row per child, with the dates each child
 * became and ceased to be looked after, a count of missing episodes in the
 * requested year and another for the months after it. The request asks for
 * one year only; children who left care before it, or came into care after
 * it, are on the list but were not looked after in the year.
 */
describe("a one-period request read from a list with care dates and a count for a later span", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
  const read = async (lines: string[]) => {
    const r = await processFile(
      {
        file: "cohort export.csv",
        bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
        manifestCode: "E06000028",
      },
      k,
    );
    const derived = r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${f.measure}=${f.value}`)
      .sort();
    const nats = r.nationalities.map((n) => `${n.group} ${n.nationality}=${n.value}`).sort();
    return { derived, nats };
  };
  const HEADER =
    "Child ID,Nationality,UASC (Y/N),Trafficking / modern slavery,LAC start date,LAC end date,Missing episodes 01/01/2017-31/12/2017,Missing episodes 01/01/2018-29/05/2018";

  it("counts only the children whose care dates overlap the year, with the year's own column", async () => {
    const { derived, nats } = await read([
      "Report: LAC cohort - trafficking / UASC flags   Run by: rpt03   Run date: 29/05/2018 09:14",
      HEADER,
      "C1,Afghan,Y,,27/03/2017,30/12/2017,1,0",
      "C2,Eritrean,Y,,14/09/2015,20/11/2016,0,0",
      "C3,Albanian,N,Suspected - not referred,03/02/2018,,0,1",
      "C4,Vietnamese,N,NRM - positive reasonable grounds,06/11/2016,,2,2",
      "C5,Sudanese,Y,,20/08/2016,,0,3",
    ]);
    expect(derived).toContain("uasc_looked_after=2");
    expect(derived).toContain("uasc_went_missing=1");
    expect(derived).toContain("uasc_missing_incidents=1");
    expect(derived).toContain("trafficked_identified=1");
    expect(derived).toContain("trafficked_suspected=0");
    expect(derived).toContain("trafficked_looked_after=1");
    expect(derived).toContain("trafficked_missing_incidents=2");
    expect(nats).not.toContain("uasc Eritrean=1");
  });
});
