// str.expandtabs (and textwrap's expand_tabs): columns count code points, as CPython counts them; a line break
// starts column 0. Built from slices between tabs, not a character at a time, so a long text makes no rope of
// single characters.
export function expandTabs(s: string, tabsize: number): string {
  if (!s.includes("\t")) return s;
  const parts: string[] = [];
  let col = 0,
    from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      parts.push(s.slice(from, i));
      const n = tabsize > 0 ? tabsize - (col % tabsize) : 0;
      if (n > 0) parts.push(" ".repeat(n));
      col += n;
      from = i + 1;
    } else if (c === 10 || c === 13) col = 0;
    else if (c < 0xdc00 || c > 0xdfff) col++;
  }
  parts.push(s.slice(from));
  return parts.join("");
}
