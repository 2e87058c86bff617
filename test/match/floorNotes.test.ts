import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Figures below 5 replaced with 5" in a comments column beside a 5: the 5
 * may be any count from 1 to 5, so it is read as that range with a warning,
 * not as an exact 5. On its own row it covers that row only; under the
 * table it covers every figure equal to the number shown.
 */
async function statuses(q3Comment: string, footer: string): Promise<Record<string, string>> {
  const text = [
    "No.,Question,Figure,Comments",
    "2,Of the trafficked children how many went missing at least once?,5,",
    `3,How many missing episodes did the trafficked children who went missing have?,5,${q3Comment}`,
    "5,How many unaccompanied asylum seeking children were looked after?,18,",
    "",
    footer,
  ].join("\n");
  const r = await processFile(
    { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000057" },
    knowledge(),
  );
  const show = (m: string) => {
    const f = r.facts.find((x) => x.measure === m);
    return f ? `${f.status} ${f.value ?? `${f.lower}-${f.upper}`}` : "";
  };
  return Object.fromEntries(
    ["trafficked_went_missing", "trafficked_missing_incidents", "uasc_looked_after"].map((m) => [m, show(m)]),
  );
}

describe("a note that small counts were replaced by the threshold", () => {
  it("in the comments column: that row's figure is 1 to 5", async () => {
    expect(await statuses("Figures below 5 replaced with 5", "")).toEqual({
      trafficked_went_missing: "reported 5",
      trafficked_missing_incidents: "suppressed 1-5",
      uasc_looked_after: "reported 18",
    });
  });

  it("under the table: every figure equal to the number shown", async () => {
    expect(await statuses("", "Note: values of 1 to 4 are shown as 5.")).toEqual({
      trafficked_went_missing: "suppressed 1-5",
      trafficked_missing_incidents: "suppressed 1-5",
      uasc_looked_after: "reported 18",
    });
  });

  it("a note that says nothing of replacing leaves the figures", async () => {
    expect(await statuses("Figures from our case system", "")).toEqual({
      trafficked_went_missing: "reported 5",
      trafficked_missing_incidents: "reported 5",
      uasc_looked_after: "reported 18",
    });
  });
});
