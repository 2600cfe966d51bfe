// np.save, np.load, np.savetxt, ... : NumPy opens the file with Python's open(), which the sandbox disables, so they
// raise what open() raises here (PermissionError) rather than a missing-attribute AttributeError that reads like a typo.
import { exc, PermissionError } from "../../errors";
import { builtinAdder } from "./types";

const FILE_FUNCTIONS = ["save", "savez", "savez_compressed", "load", "savetxt", "loadtxt", "genfromtxt", "fromfile"];

export function addFileFunctions(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  for (const name of FILE_FUNCTIONS)
    fn(name, (_args, _kw) => {
      throw exc(PermissionError, "[Errno 1] Operation not permitted: file access is disabled in this sandbox");
    });
}
