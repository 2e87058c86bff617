import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// A Welsh council's table gives each row in Welsh and English ("Plant ar eu pen eu hunain sy'n ceisio
// lloches (UASC) / UASC | 18"). The English side alone is a short group label, read as the looked-after
// count as "UASC | 18" is; the Welsh side names the same group and only lengthens it. An English side
// that adds a condition the Welsh side does not name is still no bare group label.
describe("a group's row written in Welsh and English", () => {
  const book = (trafficked: string, uasc: string) =>
    buildXlsx([
      {
        name: "2015",
        rows: [
          ["Categori / Category", "Nifer / Number"],
          [trafficked, 5],
          ["Wedi mynd ar goll / Went missing", 1],
          [uasc, 18],
          ["UASC wedi mynd ar goll / UASC went missing", 3],
        ],
      },
    ]);
  const read = async (trafficked: string, uasc: string) => {
    const r = await processFile(
      { file: "ymateb response.xlsx", bytes: await book(trafficked, uasc), manifestCode: "W06000011" },
      knowledge(),
    );
    const f = (m: string) => r.facts.find((x) => x.measure === m);
    return [f("trafficked_looked_after"), f("uasc_looked_after")].map((x) => `${x?.status} ${x?.value}`);
  };

  it("reads both rows as the looked-after counts", async () => {
    expect(
      await read(
        "Plant wedi'u masnachu (wedi'u nodi neu dan amheuaeth) / Trafficked children (identified or suspected)",
        "Plant ar eu pen eu hunain sy'n ceisio lloches (UASC) / UASC",
      ),
    ).toEqual(["reported 5", "reported 18"]);
  });

  it("an English side adding a condition is no bare group label", async () => {
    const [, uasc] = await read(
      "Plant wedi'u masnachu / Trafficked children",
      "Plant ar eu pen eu hunain sy'n ceisio lloches (UASC) / UASC placed in residential units out of area",
    );
    expect(uasc).not.toBe("reported 18");
  });
});
