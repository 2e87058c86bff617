import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseRate, type RateKind } from "../../src/parse/parseRate.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);
/** What foi-agg makes of an answer to a question asking for an average or a percentage. */
const read = (raw: string, kind: RateKind) => parseRate(raw, parseValue(raw, vocab, 5), kind);

describe("parseRate: an average or a percentage, not a count", () => {
  it.each([
    ["17.4", "average", 17.4],
    ["18", "average", 18],
    [" 20.30 ", "average", 20.3],
    ["0.5", "average", 0.5],
    ["17.4*", "average", 17.4],
    ["83.5%", "percentage", 83.5],
    ["83.5 %", "percentage", 83.5],
    ["17.4 per cent", "percentage", 17.4],
    ["91 percent", "percentage", 91],
    ["100%", "percentage", 100],
    ["72", "percentage", 72],
    ["0", "percentage", 0],
  ] as const)("reads %j (%s) as %d", (raw, kind, value) => {
    expect(read(raw, kind)).toMatchObject({ status: "reported", value, lower: value, upper: value });
  });

  it.each([
    ["112%", "percentage", "over_hundred"],
    ["100.5", "percentage", "over_hundred"],
    ["-3.2", "average", "negative"],
    ["-4%", "percentage", "negative"],
  ] as const)("sets %j (%s) aside as %s", (raw, kind, invalid) => {
    expect(read(raw, kind)).toMatchObject({ status: "not_answered", value: null, invalid });
  });

  it("does not take a percentage for an average", () => {
    expect(read("17.4%", "average")).toMatchObject({ status: "not_answered", value: null, unparsed: true });
  });

  it.each(["<5", "fewer than 5", "*"])("reads the suppression marker %j as not given, with no bounds", (raw) => {
    expect(read(raw, "average")).toMatchObject({ status: "suppressed", value: null, lower: null, upper: null });
  });

  it.each([
    ["Not held", "not_held"],
    ["Information not held", "not_held"],
  ])("keeps %j as the count reading gives it (%s)", (raw, status) => {
    expect(read(raw, "average")).toMatchObject({ status, value: null });
  });

  it("keeps an approximate answer not exact", () => {
    expect(read("approximately 17", "average")).toMatchObject({ status: "not_answered", approximate: 17 });
  });
});
