import type { HexLayout } from "../../knowledge/hexLayout.js";

/** One authority's tile: its centre in SVG units, and whether the layout placed it. */
export interface PlacedTile {
  code: string;
  x: number;
  y: number;
  onLayout: boolean;
}

export interface TilePlacement {
  tiles: PlacedTile[];
  width: number;
  height: number;
  /** Top of the fallback grid, when some authorities are not on the layout. */
  fallbackTop: number | null;
  /** Radius of a tile (centre to corner). */
  size: number;
}

const SIZE = 10;
const DX = SIZE * Math.sqrt(3);
const DY = SIZE * 1.5;
const FALLBACK_COLUMNS = 12;
const MARGIN = SIZE + 2;

/**
 * One tile per authority, always: those the layout knows go where it says,
 * and any it lacks (a new authority, a code that changed) go in a grid
 * below the map, in code order, so the map never silently drops a council.
 * Layout entries for authorities not in this round are left out.
 */
export function placeHexTiles(codes: readonly string[], layout: HexLayout): TilePlacement {
  const onLayout = codes.filter((c) => layout.hexes[c] !== undefined);
  const off = codes.filter((c) => layout.hexes[c] === undefined);
  const hexes = onLayout.map((code) => ({ code, hex: layout.hexes[code] as { q: number; r: number } }));
  const qs = hexes.map((h) => h.hex.q);
  const rs = hexes.map((h) => h.hex.r);
  const minQ = Math.min(0, ...qs);
  const maxR = Math.max(0, ...rs);
  const minR = Math.min(0, ...rs);
  const tiles: PlacedTile[] = hexes.map(({ code, hex }) => ({
    code,
    // odd-r: odd rows sit half a hex to the right; row 0 is the south, so y grows as r falls.
    x: MARGIN + (hex.q - minQ + (Math.abs(hex.r) % 2 === 1 ? 0.5 : 0)) * DX,
    y: MARGIN + (maxR - hex.r) * DY,
    onLayout: true,
  }));
  const mapWidth = hexes.length > 0 ? Math.max(...tiles.map((t) => t.x)) + MARGIN : 0;
  const mapHeight = hexes.length > 0 ? MARGIN * 2 + (maxR - minR) * DY : 0;
  let fallbackTop: number | null = null;
  let height = mapHeight;
  if (off.length > 0) {
    // Leave room for the grid's caption above its first row.
    fallbackTop = mapHeight + SIZE;
    const firstRow = fallbackTop + SIZE * 2.5;
    off.forEach((code, i) => {
      tiles.push({
        code,
        x: MARGIN + (i % FALLBACK_COLUMNS) * DX,
        y: firstRow + Math.floor(i / FALLBACK_COLUMNS) * DY * 1.4,
        onLayout: false,
      });
    });
    height = firstRow + Math.ceil(off.length / FALLBACK_COLUMNS) * DY * 1.4;
  }
  const width = Math.max(mapWidth, MARGIN * 2 + FALLBACK_COLUMNS * DX);
  return { tiles, width: round(width), height: round(height), fallbackTop, size: SIZE };
}

/** The points of a pointy-topped hexagon around (x, y), for an SVG polygon. */
export function hexPoints(x: number, y: number, size: number): string {
  const points: string[] = [];
  for (let i = 0; i < 6; i++) {
    const angle = (Math.PI / 180) * (60 * i - 30);
    points.push(`${round(x + size * Math.cos(angle))},${round(y + size * Math.sin(angle))}`);
  }
  return points.join(" ");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
