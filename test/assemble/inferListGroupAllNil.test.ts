import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

/**
 * Round 125's Highland: "2a. Trafficked children who went missing or absent:
 * Nil" for every year asked about, the UASC who went missing given year by
 * year, and then "5. Of the young people who went missing over 2018 to 2020,
 * most (10) were Albanian, and five were Kuwaiti." The list names no group;
 * the line before it is about trafficked children, but none of them went
 * missing in any year, so the list cannot be theirs. It is the only group's
 * with children missing, the UASC; with trafficked children missing in any
 * year, whose it is is not told and it stays unread.
 */
describe("a nationality list for the whole span, naming no group, where one group had no child missing in any year", () => {
  const read = async (trafficked: string) => {
    const letter = [
      "The Highland Council",
      "Freedom of Information (Scotland) Act 2002",
      "1c. Looked after children identified as an unaccompanied asylum seeking child or separated child: 2018 – 12; 2019 – 6; 2020 – 20.",
      `2a. Trafficked children who went missing or absent: ${trafficked}.`,
      "2b. Unaccompanied or separated children who went missing or absent: 2018 – 7; 2019 – fewer than five; 2020 – 7.",
      "3a. Nil.",
      "4. Still missing or absent: 2018 – Nil; 2019 – Nil; 2020 – fewer than five.",
      "",
      "5. Of the young people who went missing over 2018 to 2020, seven were Albanian, and five were Kuwaiti. All were male.",
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      {
        file: "Highland FOI 101002915 response.txt",
        bytes: new TextEncoder().encode(letter),
        manifestCode: "S12000017",
      },
      severalYears,
    );
    return {
      lists: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.rawValue}`).sort(),
      unread: r.issues.filter((i) => i.code === "layout_unknown").length,
    };
  };

  it("reads the list as the UASC children's when no trafficked child went missing in any year", async () => {
    expect(await read("Nil (no trafficked children were looked after in these years)")).toEqual({
      lists: ["uasc Albanian seven", "uasc Kuwaiti five"],
      unread: 0,
    });
  });

  it("leaves it unread when the trafficked 0 is given for one year only (the others may have had children missing)", async () => {
    const got = await read("2018 – 0");
    expect(got.lists).toEqual([]);
    expect(got.unread).toBeGreaterThan(0);
  });

  it("leaves it unread when trafficked children went missing in one of the years", async () => {
    const got = await read("2018 – 0; 2019 – 2; 2020 – 0");
    expect(got.lists).toEqual([]);
    expect(got.unread).toBeGreaterThan(0);
  });
});
