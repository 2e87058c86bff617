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

/**
 * An extract of every flagged child "looked after at any time in the extract
 * window", wider than the period asked about, with one count of episodes in
 * the period: children looked after only before or after the period are on
 * the list. The trafficking column gives the system's wording, and a note
 * under the list says which wording is which part of the group.
 */
describe("a cohort list with care dates and one count of the period's episodes", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-heading-back-to-harm-2015.json") });
  const read = async (lines: string[]) => {
    const r = await processFile(
      {
        file: "LAC flagged children extract.csv",
        bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
        manifestCode: "E08000011",
      },
      k,
    );
    const derived = r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${f.measure}=${f.value}`)
      .sort();
    return { derived, issues: r.issues };
  };
  const LIST = [
    "Report: CLA_FOI_FLAGGED | Run by: perf.team | Source: Carefirst 6",
    "Parameters: CLA episode open at any point 01/10/2014 - 30/09/2015 OR UASC/trafficking flag on record",
    "",
    "Child ID,Nationality,UASC (Y/N),Trafficking flag,CLA start,CLA end,Missing episodes 01/10/14-30/09/15,Still missing",
    "K1,Eritrean,Y,,13/09/2013,,0,",
    "K2,Eritrean,Y,,23/11/2013,28/12/2013,0,",
    "K3,Egyptian,Y,,28/10/2015,,0,",
    "K4,Sudanese,Y,,18/01/2015,28/10/2015,1,N",
    "K5,British,N,NRM - positive conclusive grounds,23/11/2014,03/08/2015,0,",
    "K6,Vietnamese,N,NRM - positive conclusive grounds,19/10/2015,,0,",
    "K7,Albanian,N,Trafficking concern - no NRM referral,22/07/2015,,1,N",
    "K8,Albanian,N,NRM - positive conclusive grounds,02/07/2013,11/09/2014,0,",
    "",
  ];
  const NOTE =
    '"Note: ""NRM - positive conclusive grounds"" = identified as trafficked; ""Trafficking concern - no NRM referral"" = suspected."';

  it("counts as looked after only the children whose care dates overlap the period", async () => {
    const { derived } = await read([...LIST, NOTE]);
    // K2 left care and K3 came into care outside the period; so did K6 and K8.
    expect(derived).toContain("uasc_looked_after=2");
    expect(derived).toContain("trafficked_looked_after=2");
    expect(derived).toContain("uasc_went_missing=1");
  });

  it("reads the note's quoted wordings as the parts of the group", async () => {
    const { derived } = await read([...LIST, NOTE]);
    expect(derived).toContain("trafficked_identified=1");
    expect(derived).toContain("trafficked_suspected=1");
  });

  it("says so of the parts' measures when nothing tells the wordings apart, never leaving them unanswered in silence", async () => {
    const { derived, issues } = await read(LIST);
    expect(derived.filter((d) => /^trafficked_(identified|suspected)=/u.test(d))).toEqual([]);
    const told = issues.filter((i) => i.code === "episode_list_uncounted").map((i) => i.measure);
    expect(told).toEqual(expect.arrayContaining(["trafficked_identified", "trafficked_suspected"]));
  });
});
