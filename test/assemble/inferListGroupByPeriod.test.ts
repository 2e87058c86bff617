import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

/**
 * "5. In 2018 the young people who went missing were Iraqi (2), Ethiopian
 * (2), Kuwaiti (1). In 2019 they were Iraqi (3), Kuwaiti (2), Sudanese (1)."
 * (round 73's Falkirk), under figures given year by year: each list names
 * its year and no group, and the figures of its own year say whose it is.
 * In 2018, 5 unaccompanied children went missing and "fewer than 5"
 * trafficked ones: a list of 5 children cannot be the trafficked children's
 * (at most 4), nor both groups' (at least 6), so it is the unaccompanied
 * children's. Anything less certain stays unread with its warning.
 */
describe("a nationality list of one year, naming no group, in a reply of several years", () => {
  const read = async (trafficked: [string, string, string], uasc: [string, string, string], answer: string) => {
    const letter = [
      "Falkirk Council",
      "2a. The total number of looked after children identified or suspected as having been trafficked and that have gone missing or absent.",
      `2018 – ${trafficked[0]}`,
      `2019 – ${trafficked[1]}`,
      `2020 – ${trafficked[2]}`,
      "2b. The total number of looked after children identified as an UASC or separated child and that have gone missing or absent.",
      `2018 – ${uasc[0]}`,
      `2019 – ${uasc[1]}`,
      `2020 – ${uasc[2]}`,
      "4. The total number of looked after children that are still missing or absent that were identified or suspected as having been trafficked or identified as an UASC or separated child.",
      "2018 – 0",
      "2019 – 0",
      "2020 – 0",
      answer,
      "Yours faithfully",
    ].join("\n");
    const r = await processFile(
      { file: "Falkirk FOI-FC-21-0061.txt", bytes: new TextEncoder().encode(letter), manifestCode: "S12000014" },
      severalYears,
    );
    return {
      lists: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort(),
      unread: r.issues.filter((i) => i.code === "layout_unknown").length,
    };
  };
  const falkirk =
    "5. In 2018 the young people who went missing were Iraqi (2), Ethiopian (2), Kuwaiti (1). In 2019 they were Iraqi (3), Kuwaiti (2), Sudanese (1). All were male.";

  it.each([
    {
      what: "the other group's count suppressed, too small to hold the list",
      trafficked: ["fewer than 5", "fewer than 5", "fewer than 5"] as [string, string, string],
      uasc: ["5", "6", "0"] as [string, string, string],
      lists: [
        "uasc Ethiopian 2",
        "uasc Iraqi 2",
        "uasc Iraqi 3",
        "uasc Kuwaiti 1",
        "uasc Kuwaiti 2",
        "uasc Sudanese 1",
      ],
      unread: 0,
    },
    {
      what: "the other group's count 0 in each year",
      trafficked: ["0", "0", "0"] as [string, string, string],
      uasc: ["5", "6", "0"] as [string, string, string],
      lists: [
        "uasc Ethiopian 2",
        "uasc Iraqi 2",
        "uasc Iraqi 3",
        "uasc Kuwaiti 1",
        "uasc Kuwaiti 2",
        "uasc Sudanese 1",
      ],
      unread: 0,
    },
    {
      // "fewer than 10" could hold 5 or 6 children: whose the list is is not told.
      what: "the other group's count suppressed, large enough to hold the list",
      trafficked: ["fewer than 10", "fewer than 10", "fewer than 10"] as [string, string, string],
      uasc: ["5", "6", "0"] as [string, string, string],
      lists: [],
      unread: 2,
    },
    {
      what: "a list that adds up to no count of its year",
      trafficked: ["fewer than 5", "fewer than 5", "fewer than 5"] as [string, string, string],
      uasc: ["7", "9", "0"] as [string, string, string],
      lists: [],
      unread: 2,
    },
  ])("$what", async ({ trafficked, uasc, lists, unread }) => {
    const got = await read(trafficked, uasc, falkirk);
    expect(got.lists).toEqual(lists);
    expect(got.unread).toBe(unread);
  });
});
