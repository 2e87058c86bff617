import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";

/**
 * "Of the children who went missing between 2018 and 2020, 9 Afghan …": a
 * list for the three years together. "and" joins two years into a span only
 * after "between"; read as naming 2018 and 2020, the list was set aside as
 * "some but not all of the requested periods".
 */
const periods: PeriodDef[] = [2018, 2019, 2020].map((y) => ({
  id: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  label: String(y),
}));

describe("years joined by 'between … and …'", () => {
  it.each<[string, string[]]>([
    ["of the children who went missing between 2018 and 2020, 9 Afghan", []],
    ["Between 2019 and 2020", []],
    ["between  2018  and  2020", []],
    // Years side by side, or after another word, still name their periods.
    ["in 2018 and 2020", ["2018", "2020"]],
    ["2018, 2019 and 2020", ["2018", "2019", "2020"]],
  ])("%s", (text, ids) => {
    expect(periodsNamed(text, periods).map((p) => p.id)).toEqual(ids);
  });
});
