import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

async function read(key: string) {
  const text = [
    "Herefordshire Council FOI",
    "Question,2018,2019,2020",
    "2a Went missing - trafficked,N/A,2,1",
    "2b Went missing - UASC,1,3,0",
    "",
    `"${key}"`,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000019" },
    knowledge,
  );
  const f = r.facts.find((x) => x.measure === "trafficked_went_missing" && x.raw === "N/A");
  return {
    read: f ? `${f.status} ${f.value ?? "-"}` : "none",
    annotated: r.issues.filter((i) => i.code === "value_annotated" && i.measure === "trafficked_went_missing").length,
    notAnswered: r.issues.filter((i) => i.code === "value_not_answered" && i.cell === "B3").length,
  };
}

/**
 * "N/A = no child in this category was looked after in the year": a key that
 * says the table's marker means none makes its cells 0, with a note; a key
 * that says nothing was counted ("N/A = no data held") leaves them unanswered.
 */
describe("a key that says a marker means none", () => {
  it.each([
    "N/A = no child in this category was looked after in the year, so no child in it could go missing (see 1a and 1b).",
    "NA - none in this category",
    "N/A means there were no such children.",
  ])("%s: the marker is 0", async (key) => {
    expect(await read(key)).toEqual({ read: "reported 0", annotated: 1, notAnswered: 0 });
  });
  it.each(["N/A = no data held for this year", "N/A = not applicable", "N/A = no children's records were kept."])(
    "%s: the marker stays unanswered",
    async (key) => {
      expect((await read(key)).read).toBe("not_answered -");
    },
  );
});

/**
 * "n/a = not recorded separately; see the combined row 1a + 1b": a key that
 * says the marker means the council does not record the figure makes its
 * cells not held, with a warning naming the measure; so does the key laid
 * out in two cells ("n/a" | "not recorded: …") under a spreadsheet's table.
 * "N/A = not applicable" says no such thing (round 95).
 */
describe("a key that says a marker means not recorded", () => {
  async function readKeyed(keyCells: string[]) {
    const text = [
      "Knowsley Metropolitan Borough Council FOI",
      "Question,2018,2019,2020",
      "1a Identified as trafficked,n/a,n/a,n/a",
      "1b Suspected as trafficked,n/a,n/a,n/a",
      "1c UASC looked after,7,7,10",
      "",
      keyCells.map((c) => `"${c}"`).join(","),
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000011" },
      knowledge,
    );
    const f = r.facts.find((x) => x.measure === "trafficked_suspected" && x.raw === "n/a");
    return {
      read: f ? `${f.status} ${f.value ?? "-"}` : "none",
      notHeld: r.issues.filter((i) => i.code === "value_not_held" && i.measure === "trafficked_suspected").length,
    };
  }
  it.each([
    [["n/a = not recorded separately; see the combined row 1a + 1b."]],
    [["n/a", "not recorded: we do not record suspected trafficking separately from identified cases"]],
    [["N/A - information not held"]],
  ])("%j: the marker is not held", async (cells) => {
    const got = await readKeyed(cells);
    expect(got.read).toBe("not_held -");
    expect(got.notHeld).toBeGreaterThan(0);
  });
  it.each([[["N/A = not applicable"]], [["n/a = not available"]]])("%j: the marker stays unanswered", async (cells) => {
    expect((await readKeyed(cells)).read).toBe("not_answered -");
  });
});

/**
 * "1. N/R = not recorded. Suspected trafficking is not recorded separately
 * from identified trafficking, so 1b is not held." (round 128): the key is
 * one numbered note among others, and its marker is "N/R" (not recorded)
 * rather than "n/a". Unread, the marker was a figure foi-agg could not
 * understand; read with its key it is not held.
 */
describe("a numbered key for an N/R marker", () => {
  async function readMarker(marker: string, key: string) {
    const text = [
      "East Ayrshire Council FOI",
      "Question,2018,2019,2020",
      "1a Identified as trafficked,3,2,4",
      `1b Suspected as trafficked,${marker},${marker},${marker}`,
      "1c UASC looked after,7,7,10",
      "",
      "Notes",
      `"${key}"`,
      '"2. 2b includes young people aged 18 to 21 in continuing care."',
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000008" },
      knowledge,
    );
    const f = r.facts.find((x) => x.measure === "trafficked_suspected" && x.raw === marker);
    return f ? `${f.status} ${f.value ?? "-"}` : "none";
  }
  it.each([
    ["N/R", "1. N/R = not recorded. Suspected trafficking is not recorded separately, so 1b is not held."],
    ["NR", "NR - not recorded"],
    ["n/a", "1) n/a = information not held"],
  ])("%s with the key %j is not held", async (marker, key) => {
    expect(await readMarker(marker, key)).toBe("not_held -");
  });
  it("leaves N/R alone under a key that does not say not held", async () => {
    expect(await readMarker("N/R", "1. N/R = not requested")).not.toBe("not_held -");
  });
});

/**
 * '"-" = fewer than five; withheld under section 38(1)(b) of FOISA': a key
 * that says the table's marker is a small withheld count makes its cells
 * suppressed with the key's bounds, not nil (round 143, a Scottish council's
 * CSV); a key that says the dash means nil leaves it 0.
 */
describe("a key that says a marker is a withheld small count", () => {
  async function readKeyed(key: string, marker = "-") {
    const text = [
      "The City of Edinburgh Council",
      "Question,2018,2019,2020",
      "2a. Identified or suspected trafficked looked after children who went missing or absent,4,9,9",
      `4. Trafficked or UASC looked after children still missing or absent,6,0,${marker}`,
      "",
      `"${key.replaceAll('"', '""')}"`,
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000036" },
      knowledge,
    );
    const f = r.facts.find((x) => x.measure === "not_found" && !/\d/u.test(x.raw));
    return {
      read: f ? `${f.status} ${f.value ?? "-"} ${f.lower ?? "-"}–${f.upper ?? "-"}` : "none",
      warned: r.issues.filter((i) => i.code === "value_suppressed" && i.measure === "not_found").length,
    };
  }
  it.each([
    ['"-" = fewer than five; withheld under section 38(1)(b) of FOISA (personal information).', "-"],
    ["* = less than 5 (suppressed to protect individuals)", "*"],
    ["'x' means fewer than 5", "x"],
  ])("%s: the marker is suppressed, 1–4", async (key, marker) => {
    expect(await readKeyed(key, marker)).toEqual({ read: "suppressed - 1–4", warned: 1 });
  });
  it("a dash with a key saying nil stays 0", async () => {
    expect((await readKeyed('"-" = nil')).read).toBe("reported 0 0–0");
  });
});

/**
 * "† = fewer than 5" as a footnote under a table whose small cells hold only
 * the dagger: the dagger is a figure's cell, not part of its row's label, and
 * the key makes it suppressed. A PDF prints the footnote with its own number
 * before the key ("1† = fewer than 5").
 */
describe("a dagger alone in a figure's cell, with its key below", () => {
  async function readDagger(key: string | null) {
    const text = [
      "Camden Council",
      "Question,2018,2019,2020",
      "2a,†,7,3",
      "2b,15,†,11",
      "",
      ...(key === null ? [] : [`"${key}"`]),
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E09000007" },
      knowledge,
    );
    const at = (measure: string, period: string) => {
      const f = r.facts.find((x) => x.measure === measure && (x.periodText ?? "").includes(period));
      return f ? `${f.status} ${f.value ?? "-"} ${f.lower ?? "-"}–${f.upper ?? "-"} [${f.label}]` : "none";
    };
    return {
      tm2018: at("trafficked_went_missing", "2018"),
      tm2019: at("trafficked_went_missing", "2019"),
      um2019: at("uasc_went_missing", "2019"),
      warned: r.issues.filter((i) => i.code === "value_suppressed").length,
    };
  }
  it.each([
    "† = fewer than 5. Where a figure is fewer than 5 it has been withheld under section 40(2).",
    "1† = fewer than five; withheld to protect the children concerned.",
    "† means less than 5",
  ])("%s: the daggers are suppressed, 1–4", async (key) => {
    expect(await readDagger(key)).toEqual({
      tm2018: "suppressed - 1–4 [2a]",
      tm2019: "reported 7 7–7 [2a]",
      um2019: "suppressed - 1–4 [2b]",
      warned: 2,
    });
  });
  it("with no key the dagger answers nothing, and is no part of the label", async () => {
    const r = await readDagger(null);
    expect(r.tm2018).toBe("not_answered - -–- [2a]");
    expect(r.tm2019).toBe("reported 7 7–7 [2a]");
  });
});

/**
 * A notes sheet's "~ | Not recorded on our system. Trafficking was not recorded
 * as a separate field before the new recording system was introduced in January
 * 2019." (round 163, Essex): the key is about the cells marked "~", which are
 * not held; the years its words name are no statement about every figure, so
 * 2019's total is still the sum of its parts, and the unmarked 2018 figures of
 * the same column stand.
 */
describe("a key whose marker is a symbol alone in the cell before its meaning", () => {
  async function readTilde() {
    const text = [
      "Essex County Council FOI",
      "Question,2018,2019,2020",
      "1a Looked after children identified as trafficked,~,9,12",
      "1b Looked after children suspected of being trafficked (not in 1a),~,14,11",
      "1c Looked after children identified as UASC,152,167,131",
      "",
      "Notes",
      '~,"Not recorded on our system. Trafficking / modern slavery was not recorded as a separate field before the new recording system was introduced in January 2019."',
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E10000012" },
      knowledge,
    );
    const at = (measure: string, period: string) => {
      const f = r.facts.find((x) => x.measure === measure && x.periodText === period);
      return f ? `${f.status} ${f.value ?? "-"}` : "none";
    };
    return {
      identified2018: at("trafficked_identified", "2018"),
      uasc2018: at("uasc_looked_after", "2018"),
      identified2019: at("trafficked_identified", "2019"),
      total2019: at("trafficked_looked_after", "2019"),
      notHeldWarned: r.issues.some((i) => i.code === "value_not_held" && i.measure === "trafficked_identified"),
    };
  }
  it("reads the marked cells as not held and leaves the other years alone", async () => {
    const read = await readTilde();
    expect(read.identified2018).toBe("not_held -");
    expect(read.uasc2018).toBe("reported 152");
    expect(read.identified2019).toBe("reported 9");
    expect(read.total2019).not.toMatch(/^not_held/u);
    expect(read.notHeldWarned).toBe(true);
  });
});
