import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A nationality list whose own words name no group takes the group of the
 * line before it, unless the file says none of that group's children went
 * missing: then the list names no group after all, and only the file's
 * figures (the one group with children missing) may give it one.
 */
async function readReply(lines: string[]) {
  const text = ["Surrey County Council - response to your FOI request", ...lines].join("\n");
  const r = await processFile(
    { file: "Surrey.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return {
    read: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort(),
    unknown: r.issues.filter((i) => i.code === "layout_unknown").length,
  };
}

describe("an unnamed list after a line about a group none of whose children went missing", () => {
  it.each([
    {
      name: "the other group has children missing: the list is theirs",
      lines: [
        "UASC who went missing: 3",
        "Trafficked children who went missing: 0",
        "Nationalities: Afghan 2, Eritrean 1",
      ],
      read: ["uasc Afghan 2", "uasc Eritrean 1"],
      unknown: 0,
    },
    {
      name: "the other group's count not given: reported, not counted",
      lines: ["Trafficked children who went missing: 0", "Nationalities: Afghan 2, Eritrean 1"],
      read: [],
      unknown: 1,
    },
    {
      name: "the line's group has children missing: the list keeps its group",
      lines: [
        "UASC who went missing: 0",
        "Trafficked children who went missing: 3",
        "Nationalities: Albanian 2, Vietnamese 1",
      ],
      read: ["trafficked Albanian 2", "trafficked Vietnamese 1"],
      unknown: 0,
    },
    {
      name: "a list naming its own group keeps it",
      lines: [
        "UASC who went missing: 3",
        "Trafficked children who went missing: 0",
        "Trafficked: Albanian 2, Vietnamese 1",
      ],
      read: ["trafficked Albanian 2", "trafficked Vietnamese 1"],
      unknown: 0,
    },
  ])("$name", async ({ lines, read, unknown }) => {
    const got = await readReply(lines);
    expect(got.read).toEqual(read);
    expect(got.unknown).toBe(unknown);
  });
});

/**
 * "9. Nationalities: the nine children who went missing were …" under the
 * UASC lines, with 2 trafficked and 7 UASC children who went missing: the
 * list's counts add up to both groups' children together, not to the line
 * before's group alone, so it is every group's at once and is not counted
 * for either (round 42's Bromley docx).
 */
describe("an unnamed list that adds up to every group's children who went missing together", () => {
  const ambiguous = async (lines: string[]) => {
    const text = ["Surrey County Council - response to your FOI request", ...lines].join("\n");
    const r = await processFile(
      { file: "Surrey.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
      knowledge(),
    );
    return {
      read: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort(),
      ambiguous: r.issues.filter((i) => i.code === "label_ambiguous" && i.message.includes("every group")).length,
    };
  };

  it("is not counted for the line before's group, and says why", async () => {
    expect(
      await ambiguous([
        "Trafficked children who went missing: 2",
        "UASC who went missing: 7",
        "Nationalities: Albanian 3, Vietnamese 2, Afghan 2, Eritrean 1, Iranian 1",
      ]),
    ).toEqual({ read: [], ambiguous: 1 });
  });

  it("keeps the line before's group when the list adds up to that group's own count", async () => {
    expect(
      await ambiguous([
        "Trafficked children who went missing: 2",
        "UASC who went missing: 7",
        "Nationalities: Albanian 3, Vietnamese 2, Afghan 2",
      ]),
    ).toEqual({ read: ["uasc Afghan 2", "uasc Albanian 3", "uasc Vietnamese 2"], ambiguous: 0 });
  });
});
