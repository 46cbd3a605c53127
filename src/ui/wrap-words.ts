// Words packed into lines, broken only between words (a word longer than a line stays whole):
// the bar charts' labels by characters, the saved chart image's caption by the canvas's measure.

/** `text` in lines no wider than `width`, as measured by `measure` (by default, characters). */
export function wrapWords(
  text: string,
  width: number,
  measure: (text: string) => number = (line) => line.length,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
