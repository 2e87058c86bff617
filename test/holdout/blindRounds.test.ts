/**
 * The blind rounds written from real councils' wording (fixtures/holdout12
 * to holdout18, each built by its own build.sh from sources in src/). They
 * do not yet meet issue 2's 85% bar, so this test holds what must never
 * slip: no figure wrong without a warning naming its measure or the whole
 * return, every file accounted for, and no fewer exact figures than were
 * read when each score was recorded in the README's holdout table.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type HoldoutScore, scoreHoldout } from "./score.js";

// atLeast: exact figures right; nationalities: national totals by group and nationality right.
const ROUNDS = [
  { name: "holdout12", atLeast: 242, nationalities: 13 },
  { name: "holdout13", atLeast: 306, nationalities: 13 },
  { name: "holdout14", atLeast: 277, nationalities: 17 },
  // A later round (2021–24, four periods, a subset group), run from its own request.json.
  { name: "holdout15", atLeast: 1300, nationalities: 6 },
  // The 2018–20 round (three calendar years), from its own request.json; first scored at 421 of 796.
  { name: "holdout16", atLeast: 688, nationalities: 10 },
  // csv, xlsx and txt replies to the 2015 request, nationalities in many shapes; first scored at 155 of 168.
  { name: "holdout17", atLeast: 160, nationalities: 16 },
  // Letters: docx, pdf (one scanned), odt, ods, xls, doc and eml; first scored at 154 of 184.
  { name: "holdout18", atLeast: 159, nationalities: 12 },
] as const;

describe.each(ROUNDS)("$name (blind, real councils' wording)", ({ name, atLeast, nationalities }) => {
  let score: HoldoutScore;
  beforeAll(async () => {
    score = await scoreHoldout(`fixtures/${name}`);
  }, 300_000);

  it("gets no figure wrong without an error or warning naming its measure or the whole return", () => {
    expect(score.silentWrong.map((m) => `${m.authority_code} ${m.measure}: truth ${m.truth}, got ${m.value}`)).toEqual(
      [],
    );
  });

  it("leaves no input file unaccounted for", () => {
    expect(score.unaccounted).toEqual([]);
  });

  it(`reads at least ${atLeast} exact figures right, as when its score was recorded`, () => {
    expect(score.right).toBeGreaterThanOrEqual(atLeast);
  });

  it(`gets at least ${nationalities} national totals by nationality right, as when its score was recorded`, () => {
    expect(score.nationalities.filter((n) => n.got === n.truth).length).toBeGreaterThanOrEqual(nationalities);
  });
});
