import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

/**
 * "a. Trafficked (identified or suspected): in 2021, 2 children went missing on 7 occasions; in 2022, 4
 * children on 12 occasions; …; and between 1 January and 30 April 2024, 1 child on 3 occasions.": clauses
 * each led by their period, the later ones leaving out the first's verb ("went missing"), the last led by a
 * span of days, and all opened by words closed by a colon that say whom they count. Each later clause says
 * what the first does of its own counts; the sentence was left unread (round 144, Bradford).
 */
describe("period-led clauses that leave out the first clause's verb", () => {
  it("reads every clause's two counts with the first clause's verb", () => {
    const items = readPeriodSentences(
      "Trafficked (identified or suspected): in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions; in 2023, 5 children on 15 occasions; and between 1 January and 30 April 2024, 1 child on 3 occasions.",
    );
    expect(items.map((i) => `${i.period}:${i.raw}:${i.label}`)).toEqual([
      "2021:2:Trafficked (identified or suspected) children went missing",
      "2021:7:Trafficked (identified or suspected) children went missing on occasions",
      "2022:4:Trafficked (identified or suspected) children went missing",
      "2022:12:Trafficked (identified or suspected) children went missing on occasions",
      "2023:5:Trafficked (identified or suspected) children went missing",
      "2023:15:Trafficked (identified or suspected) children went missing on occasions",
      "1 January to 30 April 2024:1:Trafficked (identified or suspected) child went missing",
      "1 January to 30 April 2024:3:Trafficked (identified or suspected) child went missing on occasions",
    ]);
  });
});
