// Fixed colours of the charts, from the file the server's charts use
// (api/chart/palette.json): a unit kind has one colour in every chart, the
// server's and the browser's.

import palette from '../../api/chart/palette.json';

export const KIND_COLOURS: Readonly<Record<string, string>> = palette.kinds;
export const UNKNOWN_COLOUR: string = palette.unknown;

/** Colours of the node labels other than Unit (a Unit takes its kind's colour). */
export const LABEL_COLOURS: Readonly<Record<string, string>> = {
  Leader: '#b91c1c',
  Task: '#64748b',
  Project: '#ea580c',
  Target: '#0d9488',
  Section: '#4f46e5',
  Theme: '#a855f7',
  Document: '#1e293b',
};

/** The colour of a unit kind; UNKNOWN_COLOUR for one the palette does not know. */
export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? UNKNOWN_COLOUR;
}
