/**
 * The pointer's last position over the head, shared between the scene (which writes it on
 * every move) and the tooltip (which reads it once per animation frame). A plain module, not
 * state: writing it touches neither React nor the document's styles, so a pointer move never
 * forces a style recalculation.
 */
export const pointer = { x: -1000, y: -1000 };
