/** Text on a 2D canvas, wrapped to a width: at spaces, and inside a long link where it must. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width) {
      line = next;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word (a link) wider than the line is cut by characters.
    let rest = word;
    while (ctx.measureText(rest).width > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && ctx.measureText(rest.slice(0, cut)).width > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

/** Draws wrapped lines from (x, y) downwards; returns the y below the last line. */
export function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: string[],
  x: number,
  y: number,
  height: number,
): number {
  let at = y;
  for (const line of lines) {
    ctx.fillText(line, x, at);
    at += height;
  }
  return at;
}
