/** "▰▰▰▱▱": `done` of `total` in `width` cells, never full until done, never empty once started. */
export function progressBar(done: number, total: number, width = 5): string {
  if (total <= 0) return "▱".repeat(width);
  let filled = Math.round((done / total) * width);
  if (done > 0 && filled === 0) filled = 1;
  if (done < total && filled === width) filled = width - 1;
  return "▰".repeat(filled) + "▱".repeat(width - filled);
}
