import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A reply to a request for each calendar year (and January to April 2024) that gives episodes by half-year,
 * quarter or month: the spans inside one requested period add up to it when together they are the whole of
 * it, month for month. Children counted per span do not add up (a child may be in two), so they give
 * bounds only. Spans that leave months out are not the period's figure.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function settled(body: string): Promise<{ values: string[]; codes: string[] }> {
  const r = await processFile(
    { file: "Calderdale FOI 24-881 episodes.csv", bytes: text(body), manifestCode: "E08000033" },
    knowledge,
  );
  const keyed = keyPeriods([r], knowledge.request, knowledge.labels.everyPeriod);
  return {
    values: keyed
      .flatMap(({ period, results }) =>
        results.flatMap((x) =>
          x.facts
            .filter((f) => ["reported", "derived", "suppressed"].includes(f.status))
            .map((f) => `${f.measure}@${period.id}=${f.status === "suppressed" ? `${f.lower}-${f.upper}` : f.value}`),
        ),
      )
      .sort(),
    codes: keyed.flatMap((k) => k.results.flatMap((x) => x.issues.map((i) => `${i.code}:${i.measure ?? ""}`))),
  };
}

const header = "Period,UASC children missing,UASC missing episodes";

describe("spans of time inside each requested period", () => {
  const body = [
    header,
    "2022 H1 (January to June),4,9",
    "2022 H2 (July to December),5,12",
    "2023 Q1 (Jan-Mar),2,3",
    "2023 Q2 (Apr-Jun),1,2",
    "2023 Q3 (Jul-Sep),3,6",
    "2023 Q4 (Oct-Dec),2,4",
    "January 2024,1,1",
    "February 2024,0,0",
    "March 2024,2,3",
    "April 2024,1,2",
  ].join("\n");

  it("adds up the episodes of the spans that make up each period, months and quarters alike", async () => {
    const { values } = await settled(body);
    expect(values).toEqual(
      expect.arrayContaining(["uasc_missing_incidents@2023=15", "uasc_missing_incidents@2024-01-01_2024-04-30=6"]),
    );
  });

  it("gives children per span only as bounds, flagged", async () => {
    const { values, codes } = await settled(body);
    expect(values).toContain("uasc_went_missing@2023=3-8");
    expect(values).toContain("uasc_went_missing@2024-01-01_2024-04-30=2-4");
    expect(codes).toContain("check_part_without_total:uasc_went_missing");
  });
});

describe("spans that leave months of the period out", () => {
  it("does not add up three quarters as the year", async () => {
    const body = [header, "2023 Q1 (Jan-Mar),2,3", "2023 Q2 (Apr-Jun),1,2", "2023 Q3 (Jul-Sep),3,6"].join("\n");
    const { values } = await settled(body);
    expect(values).not.toContain("uasc_missing_incidents@2023=11");
    expect(values.filter((v) => v.startsWith("uasc_missing_incidents@2023="))).toHaveLength(3);
  });

  it("does not add up January to March as January to April 2024", async () => {
    const body = [header, "January 2024,1,1", "February 2024,0,0", "March 2024,2,3"].join("\n");
    const { values } = await settled(body);
    expect(values.filter((v) => v.startsWith("uasc_missing_incidents@2024"))).toEqual([]);
  });
});
