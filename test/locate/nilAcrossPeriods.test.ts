import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

describe("a nil said once for several periods", () => {
  it("gives a nil for each period named, and the period left its own figure", () => {
    expect(read("No looked after children went missing in 2019, 2020 or 2021; in 2022 there were 3.")).toEqual([
      "looked after children went missing|2019|none",
      "looked after children went missing|2020|none",
      "looked after children went missing|2021|none",
      "looked after children went missing|2022|3",
    ]);
    expect(
      read("There were no episodes of missing involving separated children in 2019 and 2020, and 4 in 2021."),
    ).toEqual([
      "episodes of missing involving separated children|2019|none",
      "episodes of missing involving separated children|2020|none",
      "episodes of missing involving separated children|2021|4",
    ]);
  });
  it("gives one period's figure and a nil for each of the others after it", () => {
    expect(
      read("Two children in our care were referred to the NRM in 2020 (1a); there were none in 2019 or 2021."),
    ).toEqual([
      "children in our care were referred to the NRM (1a)|2020|Two",
      "children in our care were referred to the NRM (1a)|2019|none",
      "children in our care were referred to the NRM (1a)|2021|none",
    ]);
    expect(read("Three separated children went missing in 2021; none did in 2019 or 2020 (2b).")).toEqual([
      "separated children went missing (2b)|2021|Three",
      "separated children went missing (2b)|2019|none",
      "separated children went missing (2b)|2020|none",
    ]);
  });
  it("reads nothing where the words say nothing is held, or a remark follows the periods", () => {
    expect(read("No records are held of children placed in 2019 or 2020.")).toEqual([]);
    expect(read("No children went missing in 2019 or 2020, although 2 were absent overnight.")).toEqual([]);
  });
});

describe("a list of figures by period closed by the request's part", () => {
  it("reads the list, the part going with its label", () => {
    expect(read("We looked after four separated children in 2019, five in 2020 and one in 2021 (Q1c).")).toEqual([
      "We looked after separated children (Q1c)|2019|four",
      "We looked after separated children (Q1c)|2020|five",
      "We looked after separated children (Q1c)|2021|one",
    ]);
  });
});

describe("a nil across periods beside a sentence whose count is not read with it", () => {
  it("leaves the paragraph to the other readers when another sentence holds an unread count", () => {
    expect(
      read(
        "One unaccompanied young person went missing in 2023 (2b), on one occasion (3b), and was found the same day. No unaccompanied child went missing in 2021, 2022 or January to April 2024.",
      ),
    ).toEqual([]);
    expect(
      read(
        "There were no unaccompanied children missing in 2018 or 2020. In 2019 the unaccompanied young people who went missing were Eritrean (2), Kuwaiti (2), Iranian (2); all were male.",
      ),
    ).toEqual([]);
  });
  it("keeps the nil beside sentences whose only numbers are a question's, a part's or a count of periods", () => {
    expect(
      read(
        "Question 2. No trafficked child was found to be missing in any of the four periods (2a). One unaccompanied child went missing or absent in 2022; none did in 2021, 2023 or January to April 2024 (2b).",
      ),
    ).toEqual([
      "unaccompanied child went missing or absent (2b)|2022|One",
      "unaccompanied child went missing or absent (2b)|2021|none",
      "unaccompanied child went missing or absent (2b)|2023|none",
      "unaccompanied child went missing or absent (2b)|January to April 2024|none",
    ]);
  });
});
