import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary, valuesForRequest } from "../../src/knowledge/values.js";
import { parseMoney, perNamedIn } from "../../src/parse/parseMoney.js";
import { type MoneyAsked, parseRate } from "../../src/parse/parseRate.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);
const weekly: MoneyAsked = { vocab: vocab.money, asksMoney: true, per: "week" };

describe("parseMoney: a sum of money written as a whole answer", () => {
  it.each([
    ["£5,998.75", 5998.75, undefined, undefined],
    ["£ 9,641.26", 9641.26, undefined, undefined],
    ['"£10,230.32"', 10230.32, undefined, undefined],
    ["£12,500 per week", 12500, undefined, "week"],
    ["£12,500 pw", 12500, undefined, "week"],
    ["£12,500/week", 12500, undefined, "week"],
    ["12,500 pounds", 12500, undefined, undefined],
    ["£353,855.32 per annum", 353855.32, undefined, "year"],
    ["£1.2m", 1200000, "m", undefined],
    ["£3 million", 3000000, "million", undefined],
    ["GBP 450", 450, undefined, undefined],
  ] as const)("reads %j as %d", (raw, amount, scale, per) => {
    const got = parseMoney(raw, vocab.money);
    expect(got?.amount).toBe(amount);
    expect(got?.scale).toBe(scale);
    expect(got?.per).toBe(per);
  });

  it.each([
    "5,998.75",
    "12",
    "£1.2m in total",
    "£450 or 18 hours of officer time",
    "around £5,000",
    "£12,500 per week for one child",
  ])("does not read %j as a sum on its own", (raw) => {
    expect(parseMoney(raw, vocab.money)).toBeNull();
  });

  it("is linear on a long run of digits and spaces", () => {
    const long = `£${"1".repeat(20000)} ${" ".repeat(20000)}x`;
    const start = Date.now();
    expect(parseMoney(long, vocab.money)).toBeNull();
    expect(Date.now() - start).toBeLessThan(200);
  });
});

describe("a sum of money is never a count", () => {
  it.each(["£5,998.75", "£12,500 per week", "£450"])("parseValue sets %j aside as money", (raw) => {
    expect(parseValue(raw, vocab, 5)).toMatchObject({ status: "not_answered", value: null, invalid: "money" });
  });

  it("is read as text in a round that asks for no money", () => {
    const counts = valuesForRequest(vocab, [{ kind: "count", label: "children placed; how much was spent" }]);
    expect(parseValue("£450", counts, 5)).toMatchObject({ unparsed: true });
    const costs = valuesForRequest(vocab, [{ kind: "average", label: "average weekly cost in pounds" }]);
    expect(costs).toBe(vocab);
  });
});

describe("parseRate: a sum of money answering an average asked in money", () => {
  const read = (raw: string, money: MoneyAsked = weekly) => parseRate(raw, parseValue(raw, vocab, 5), "average", money);

  it.each([
    ["£5,998.75", 5998.75],
    ["£12,500 per week", 12500],
    ["£12,500 weekly", 12500],
    ["8950.4", 8950.4],
  ] as const)("reads %j as %d", (raw, value) => {
    expect(read(raw)).toMatchObject({ status: "reported", value, lower: value, upper: value });
  });

  it.each([
    ["£353,855.32 per annum", "money_other_stretch"],
    ["£1.2m", "money_rounded"],
  ] as const)("sets %j aside (%s)", (raw, invalid) => {
    expect(read(raw)).toMatchObject({ status: "not_answered", value: null, invalid });
  });

  it("sets a sum aside for an average not asked in money", () => {
    expect(read("£18", { vocab: vocab.money, asksMoney: false, per: null })).toMatchObject({
      value: null,
      invalid: "money",
    });
  });

  it.each([
    ["average weekly cost in pounds", "week"],
    ["Average annual cost of a placement", "year"],
    ["Average cost per night", "day"],
    ["average cost of a placement", null],
  ] as const)("the label %j asks a sum per %s", (label, per) => {
    expect(perNamedIn(label, vocab.money)).toBe(per);
  });
});
