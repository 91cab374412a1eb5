/** A literal string as a pattern that matches exactly it (Node 20 has no RegExp.escape). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
