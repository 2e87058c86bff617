import type { Return } from "../domain/returns.js";

/** The five columns that place a row's authority, shared by every per-authority CSV. */
export function areaColumns(ret: Return): {
  authority_code: string;
  authority_name: string;
  nation: string;
  region_code: string;
  region_name: string;
} {
  const a = ret.authority;
  return {
    authority_code: a.gss_code,
    authority_name: a.name,
    nation: a.nation,
    region_code: a.region_code,
    region_name: a.region_name,
  };
}

/** Returns in GSS-code order, so every output lists authorities the same way run after run. */
export function sortByAuthority(returns: readonly Return[]): Return[] {
  return [...returns].sort((a, b) => a.authority.gss_code.localeCompare(b.authority.gss_code));
}
