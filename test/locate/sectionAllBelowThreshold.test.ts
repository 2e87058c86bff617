import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readSectionAnswer, readSectionScope } from "../../src/locate/readScopedStatement.js";
import { parseValue } from "../../src/parse/parseValue.js";

const { request, values } = loadKnowledge({});
const parse = (text: string) => parseValue(text, values, 5);

describe("a heading over questions 1 to 4 whose answer withholds them all as under five", () => {
  it("reads the heading's scope past its lettered parts named again", () => {
    expect(readSectionScope("Questions 1 to 4 (trafficked children, including 1a and 1b)", request.questions)).toEqual({
      numbers: ["1", "1a", "1b", "2", "3", "4"],
      scope: "Questions 1 to 4",
    });
  });

  it("still takes a figure beside the numbers as their answer, not a heading", () => {
    expect(readSectionScope("Questions 1 and 2: 14", request.questions)).toBeNull();
  });

  it("takes one bound said of 'these questions' as every question's answer", () => {
    const answer = readSectionAnswer(
      [
        "Release of the low numbers associated with these questions (all less than five) could result in the identification of individuals. This information is therefore exempt from release under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002 – personal information.",
      ],
      parse,
    );
    expect(answer?.parsed).toMatchObject({ status: "suppressed", lower: 1, upper: 4 });
  });

  it("does not take a bound said of one figure in the body", () => {
    expect(readSectionAnswer(["Fewer than 5 children went missing."], parse)).toBeNull();
  });
});
