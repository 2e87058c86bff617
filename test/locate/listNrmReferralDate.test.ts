import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A child-level extract with no category naming trafficking: "NRM referral date" says which children were
 * referred as possible victims (a date: from that day; a blank: never), "Conclusive grounds" says which were
 * identified ("Positive") and which await the decision ("Pending", so suspected), and "UASC status" reads
 * "UASC", "Separated child" or "Not UASC". With each child's care dates and children on it who never went
 * missing, it is the groups' looked-after children, counted period by period.
 */
describe("a child-level list whose NRM referral date says who was trafficked", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
  const read = async (lines: string[]) => {
    const r = await processFile(
      {
        file: "child level data.csv",
        bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
        manifestCode: "E06000037",
      },
      k,
    );
    return r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${(f.periodText ?? "-").slice(-4)} ${f.measure}=${f.value}`)
      .sort();
  };
  const HEADER =
    "Child ref,UASC status,NRM referral date,Conclusive grounds,Became looked after,Ceased to be looked after,Missing episodes 2018,Missing episodes 2019,Missing episodes 2020,Currently missing";
  const ROWS = [
    // Referred in 2018, identified; in care 2018–19.
    "C1,Not UASC,10/02/2018,Positive,20/01/2018,01/08/2019,2,1,0,N",
    // Unaccompanied, referred in May 2019 and awaiting the decision: trafficked (suspected) from 2019 only.
    "C2,UASC,02/05/2019,Pending,28/04/2018,,1,3,1,N",
    "C3,Separated child,,,02/02/2020,,0,0,2,Y",
    // Never missing: the list is not one of missing children.
    "C4,UASC,,,12/06/2017,,0,0,0,N",
  ];

  it("counts a referred child as trafficked from its referral on, and splits identified from suspected", async () => {
    const derived = await read([HEADER, ...ROWS]);
    expect(derived).toEqual(
      expect.arrayContaining([
        "2018 trafficked_looked_after=1",
        "2018 trafficked_identified=1",
        "2018 trafficked_suspected=0",
        "2018 trafficked_went_missing=1",
        "2018 uasc_looked_after=2",
        "2018 uasc_went_missing=1",
        "2019 trafficked_looked_after=2",
        "2019 trafficked_identified=1",
        "2019 trafficked_suspected=1",
        "2019 trafficked_missing_incidents=4",
        "2020 trafficked_looked_after=1",
        "2020 trafficked_suspected=1",
        "2020 uasc_looked_after=3",
        "2020 uasc_went_missing=2",
        "2020 not_found=1",
      ]),
    );
  });

  it("leaves the identified / suspected split out when a conclusive grounds cell says neither", async () => {
    const derived = await read([HEADER, ...ROWS.map((l) => l.replace(",Pending,", ",Negative,"))]);
    expect(derived.some((d) => d.includes("trafficked_suspected"))).toBe(false);
    expect(derived).toContain("2019 trafficked_looked_after=2");
  });

  it("counts no looked-after children when every child on the list went missing", async () => {
    const derived = await read([HEADER, ...ROWS.slice(0, 3)]);
    expect(derived.some((d) => d.includes("looked_after"))).toBe(false);
    expect(derived).toContain("2019 trafficked_went_missing=2");
  });
});
