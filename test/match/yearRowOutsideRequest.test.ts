import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

// A request for calendar year 2017.
const knowledge = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

// "Calendar year | Trafficked (identified) | Trafficked (suspected)" over a row "2015 | 2 | 8": the row's label is a
// year, and a year the request does not cover. Its figures are that year's, and must not pass as the requested
// period's without a word. A row for a year inside the requested period is read as before.
describe("a row labelled with a year outside the request", () => {
  const read = async (year: string | number) => {
    const bytes = await buildXlsx([
      {
        name: "Data",
        rows: [
          ["Calendar year", "Trafficked (identified)", "Trafficked (suspected)"],
          [year, 2, 8],
        ],
      },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, knowledge);
    const f = r.facts.find((x) => x.measure === "trafficked_suspected");
    const warned = r.issues.some((i) => i.severity !== "info" && i.measure === "trafficked_suspected");
    return { f, warned };
  };
  it("another year's row is warned or set aside", async () => {
    const { f, warned } = await read("2015");
    expect(f?.status === "reported" && f.value === 8 && !warned).toBe(false);
  });

  it("the requested year's row is read", async () => {
    const { f, warned } = await read("2017");
    expect(`${f?.status} ${f?.value} ${warned}`).toBe("reported 8 false");
  });
});
