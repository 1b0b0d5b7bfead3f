/** The pieces a planning document owes: the Product Owner's backlog, then the Product Manager's brief. */
export const PIECE_IDS = ['goal', 'acceptance', 'order', 'customer', 'problem', 'objective', 'measure'] as const;
export type PieceId = (typeof PIECE_IDS)[number];

export function isPieceId(value: unknown): value is PieceId {
  return typeof value === 'string' && (PIECE_IDS as readonly string[]).includes(value);
}
