import { join } from "node:path";
import { z } from "zod";
import type { Nation } from "../domain/authority.js";
import { KNOWLEDGE_DIR, loadJson } from "./files.js";

/**
 * Bank holidays per division, in gov.uk's bank-holidays.json shape, so the
 * file can be refreshed from https://www.gov.uk/bank-holidays.json as is.
 * FOI working days skip them, and each nation's councils keep their own.
 */
export const BANK_HOLIDAYS_FILE = "bank-holidays.json";

const DivisionSchema = z.object({
  division: z.string(),
  events: z.array(
    z.object({
      title: z.string(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
      notes: z.string().optional(),
      bunting: z.boolean().optional(),
    }),
  ),
});

export const BankHolidaysSchema = z.object({
  $comment: z.string().optional(),
  "england-and-wales": DivisionSchema,
  scotland: DivisionSchema,
  "northern-ireland": DivisionSchema,
});

export interface BankHolidays {
  /** ISO dates of bank holidays for each nation's councils. */
  byNation: Readonly<Record<Nation, ReadonlySet<string>>>;
  /** First and last years the file covers; deadlines outside them cannot be counted. */
  firstYear: number;
  lastYear: number;
}

export function toBankHolidays(json: z.infer<typeof BankHolidaysSchema>): BankHolidays {
  const dates = (d: z.infer<typeof DivisionSchema>) => new Set(d.events.map((e) => e.date));
  const all = [json["england-and-wales"], json.scotland, json["northern-ireland"]].flatMap((d) =>
    d.events.map((e) => Number(e.date.slice(0, 4))),
  );
  const ew = dates(json["england-and-wales"]);
  return {
    byNation: {
      England: ew,
      Wales: ew,
      Scotland: dates(json.scotland),
      "Northern Ireland": dates(json["northern-ireland"]),
    },
    firstYear: Math.min(...all),
    lastYear: Math.max(...all),
  };
}

export function loadBankHolidays(dir: string = KNOWLEDGE_DIR): BankHolidays {
  return toBankHolidays(loadJson(join(dir, BANK_HOLIDAYS_FILE), BankHolidaysSchema));
}
