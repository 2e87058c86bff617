import { z } from "zod";

/**
 * The round's settings file (`foi-agg.settings.json`): who is asking, and
 * when the request went out. Letters are signed from it and deadlines are
 * counted from it, so a letter never carries "[Your name]" and a chaser is
 * never sent before a council is late. Shape only; reading the file is the
 * CLI's job (src/cli/readSettings.ts).
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, "expected a date as YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "not a real date",
    },
  );

export const RoundSettingsSchema = z.strictObject({
  $schema: z.string().optional(),
  sender: z.strictObject({
    /** Signs every letter. */
    name: z.string().trim().min(1),
    /** Printed under the name ("Children's Rights Research"). */
    organisation: z.string().trim().min(1).optional(),
    /** Where councils reply; at least an e-mail or a postal address. */
    email: z.email().optional(),
    address: z.string().trim().min(1).optional(),
  }),
  /** The day the request was sent to every council: day 0 of the 20 working days. */
  requestSent: isoDate,
  /** Your own reference for the round, quoted in every letter ("Our ref"). */
  reference: z.string().trim().min(1).optional(),
});
export type RoundSettings = z.infer<typeof RoundSettingsSchema>;

export const SETTINGS_FILE = "foi-agg.settings.json";

/** Pure: the settings, or the problems with them in the user's terms (path: message). */
export function validateSettings(json: unknown): { settings: RoundSettings | null; errors: string[] } {
  const parsed = RoundSettingsSchema.safeParse(json);
  if (!parsed.success) {
    return { settings: null, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  }
  const s = parsed.data;
  if (s.sender.email === undefined && s.sender.address === undefined) {
    return { settings: null, errors: ["sender: give an email or an address, so councils can reply"] };
  }
  return { settings: s, errors: [] };
}

/** What a user should put in a new settings file; shown when none is found. */
export const SETTINGS_EXAMPLE = `{
  "sender": {
    "name": "Alex Smith",
    "organisation": "Children's Rights Research",
    "email": "alex.smith@example.org"
  },
  "requestSent": "2015-10-05",
  "reference": "HBTH-2015"
}`;
