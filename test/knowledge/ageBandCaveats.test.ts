import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RequestSchema } from "../../src/domain/request.js";
import { ageBandCaveats } from "../../src/knowledge/labels.js";

const round = (name: string) =>
  RequestSchema.parse(
    JSON.parse(readFileSync(new URL(`../../fixtures/${name}/request.json`, import.meta.url), "utf8")),
  );

/**
 * A request that asks about one age band ("care leavers aged 18, 19 or 20")
 * makes a label or note naming another band a caveat on the figures; the
 * request's own band, however written, is not one. Labels are normalised
 * before they are matched ("18-20" reads "18 20").
 */
describe("age bands other than the request's", () => {
  const [caveat] = ageBandCaveats(round("holdout60"));
  const names = (text: string) => new RegExp(caveat?.pattern ?? "^$", "iu").test(text);

  it.each([
    "care leavers aged 17 21 in touch",
    "the figures below are for all young people aged 16 to 21",
    "includes 21 to 25 year olds",
  ])("%s names another band", (text) => {
    expect(names(text)).toBe(true);
  });

  it.each([
    "young people aged 18 19 or 20",
    "aged 18 to 20",
    "aged 18 20 staying put",
    "aged 18 and over",
    "in 2021 22",
  ])("%s does not", (text) => {
    expect(names(text)).toBe(false);
  });

  it("speaks for the whole reply, kept with a warning when said in a note", () => {
    expect(caveat).toMatchObject({ kind: "subgroup", noteKind: "cohort", wholeReply: true });
  });

  it("is not made when the request's age bands are groups of their own (under 16 + aged 16 or 17 = all)", () => {
    expect(ageBandCaveats(round("holdout25"))).toEqual([]);
  });

  it("is not made for a request that names no ages", () => {
    expect(ageBandCaveats(round("holdout97"))).toEqual([]);
  });

  it("reads a long run of numbers in linear time", () => {
    const re = new RegExp(caveat?.pattern ?? "^$", "giu");
    expect("1 ".repeat(200_000).match(re)).toBeNull();
  });
});
