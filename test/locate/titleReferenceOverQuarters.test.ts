import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Bedford Borough Council | FOI 7705" over "| Oct-Dec 2014 | Jan-Mar 2015 | …":
 * the request's reference in the title row sits above the first quarter's
 * column. It names no period, so the quarter is not read as "FOI 7705
 * Oct-Dec 2014" (another period's figure, set aside): all four quarters'
 * episodes are added.
 */
describe("a title row's reference over the first quarter column", () => {
  const read = async (title: string) => {
    const csv = [
      title,
      ",Oct-Dec 2014,Jan-Mar 2015,Apr-Jun 2015,Jul-Sep 2015",
      "Trafficked - missing episodes,1,0,1,0",
      "UASC - missing episodes,1,5,1,1",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv}\n`), manifestCode: "E06000055" },
      knowledge(),
    );
    return {
      values: Object.fromEntries(
        r.facts.filter((f) => f.status === "derived" || f.status === "reported").map((f) => [f.measure, f.value]),
      ),
      setAside: r.issues.filter((i) => i.code === "figure_set_aside").length,
    };
  };

  it.each(["Bedford Borough Council,FOI 7705", "Bedford Borough Council,Ref: 7705"])("%s", async (title) => {
    const { values, setAside } = await read(title);
    expect(values).toMatchObject({ trafficked_missing_incidents: 2, uasc_missing_incidents: 8 });
    expect(setAside).toBe(0);
  });
});
