// Fields of a Linux /proc/<pid>/stat (or task) file.
import fs from "node:fs";

/**
 * The fields after the command name, which may itself hold spaces and parentheses: index 0 is field 3 (state), so
 * field n of proc(5) is at index n - 3. Null where the file cannot be read (not Linux, the process is gone).
 */
export function procStatFields(statFile: string): string[] | null {
  let stat: string;
  try {
    stat = fs.readFileSync(statFile, "utf8");
  } catch {
    return null;
  }
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}
