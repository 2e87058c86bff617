import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A case-management extract of one row per child with a yes/no column per
 * requested period saying whether the child was looked after in it ("CLA
 * 2021" … "CLA 01/01/24-30/04/24") instead of care dates, beside a count of
 * missing episodes per period, a "Currently missing" flag and the date the
 * child was last seen. Each child counts in the periods its flag says Y (or
 * whose count is above 0); not found in the period its last-seen date falls in.
 */
describe("a list of children with a looked-after flag per requested period", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });
  const read = async (lines: string[]) => {
    const r = await processFile(
      { file: "cms export.csv", bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: "E06000036" },
      k,
    );
    const derived = r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${f.periodText ?? "-"} ${f.measure}=${f.value}`)
      .sort();
    const nats = r.nationalities.map((n) => `${n.periodText ?? "-"} ${n.group} ${n.nationality}=${n.value}`).sort();
    return { derived, nats, issues: r.issues };
  };
  const HEADER =
    "Case no,Sex,Nationality,Unaccompanied,Trafficked (confirmed),Trafficked (suspected),CLA 2021,CLA 2022,CLA 2023,CLA 01/01/24-30/04/24,Missing episodes 2021,Missing episodes 2022,Missing episodes 2023,Missing episodes 2024 (to 30/04),Currently missing,Last seen";
  const Y21 = "1 January 2021 to 31 December 2021";
  const Y22 = "1 January 2022 to 31 December 2022";
  const Y23 = "1 January 2023 to 31 December 2023";
  const Y24 = "1 January 2024 to 30 April 2024";

  it("counts each child in the periods its looked-after flag says Y", async () => {
    const { derived, nats } = await read([
      "Extract: unaccompanied and trafficked children looked after",
      "",
      HEADER,
      "C1,M,Afghan,Y,N,N,Y,Y,N,N,1,3,0,0,N,",
      "C2,F,Eritrean,Y,N,N,N,Y,Y,N,0,2,0,0,Y,14/03/2022",
      "C3,M,Albanian,N,Y,N,Y,N,N,N,2,0,0,0,N,",
      "C4,M,British,N,N,Y,N,N,N,Y,0,0,0,1,N,",
      "C5,M,British,N,N,N,N,N,N,N,0,0,0,0,N,",
    ]);
    expect(derived).toContain(`${Y21} uasc_looked_after=1`);
    expect(derived).toContain(`${Y21} trafficked_looked_after=1`);
    expect(derived).toContain(`${Y21} trafficked_missing_incidents=2`);
    expect(derived).toContain(`${Y22} uasc_looked_after=2`);
    expect(derived).toContain(`${Y22} uasc_went_missing=2`);
    expect(derived).toContain(`${Y22} uasc_missing_incidents=5`);
    expect(derived).toContain(`${Y23} uasc_looked_after=1`);
    expect(derived).toContain(`${Y23} uasc_went_missing=0`);
    expect(derived).toContain(`${Y24} trafficked_suspected=1`);
    expect(derived).toContain(`${Y24} uasc_looked_after=0`);
    // C2 was last seen in 2022 and is still missing: not found in 2022, not in 2023.
    expect(derived).toContain(`${Y22} not_found=1`);
    expect(derived).toContain(`${Y23} not_found=0`);
    expect(nats).toContain(`${Y22} uasc Eritrean=1`);
  });

  it("a child flagged both identified and suspected counts once, as identified, and is named in a warning", async () => {
    const { derived, issues } = await read([
      "Extract: unaccompanied and trafficked children looked after",
      HEADER,
      "C1,M,Albanian,N,Y,Y,Y,Y,N,N,0,0,0,0,N,",
      "C2,F,Vietnamese,N,N,Y,Y,N,N,N,1,0,0,0,N,",
    ]);
    expect(derived).toContain(`${Y21} trafficked_identified=1`);
    expect(derived).toContain(`${Y21} trafficked_suspected=1`);
    expect(derived).toContain(`${Y21} trafficked_looked_after=2`);
    expect(derived).toContain(`${Y22} trafficked_identified=1`);
    expect(issues.some((i) => i.code === "label_ambiguous" && i.message.includes('"C1"'))).toBe(true);
  });
});
