import { z } from "zod";

export const NATIONS = ["England", "Wales", "Scotland", "Northern Ireland"] as const;
export type Nation = (typeof NATIONS)[number];

/** One row of the reference list of authorities (knowledge/authorities-2015.csv). */
export const AuthoritySchema = z.object({
  gss_code: z.string().regex(/^[ENSW]\d{8}$/),
  name: z.string().min(1),
  nation: z.enum(NATIONS),
  region_code: z.string().regex(/^[ENSW]\d{8}$/),
  region_name: z.string().min(1),
  authority_type: z.string(),
  dfe_la_code: z.string(),
  alt_names: z.array(z.string()),
});
export type Authority = z.infer<typeof AuthoritySchema>;

export const NATION_CODES: Record<Nation, string> = {
  England: "E92000001",
  Wales: "W92000004",
  Scotland: "S92000003",
  "Northern Ireland": "N92000002",
};
export const UK_CODE = "K02000001";
