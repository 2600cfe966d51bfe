// Binding the arguments of a NumPy function that NumPy writes in Python (np.nansum, …): a missing, extra, repeated or
// unknown argument raises the TypeError CPython raises for a `def`, with its message (parseArgs in conv.ts gives the
// messages of NumPy's C functions instead).
import type { KW } from "../../objects/core";
import { typeError } from "../../errors";
import { nameList, plural } from "../../argument-errors";

/** `def name(<positional>[:required] without defaults, the rest with defaults, *, <keywordOnly> with defaults)` */
export interface PySignature<K extends string> {
  name: string;
  positional: readonly K[];
  required: number;
  keywordOnly?: readonly K[];
}

/** The arguments by name; one the call leaves to its default is undefined. */
export function bindPy<K extends string>(sig: PySignature<K>, args: any[], kw: KW): Record<K, any> {
  const { name, positional, required } = sig;
  const keywordOnly = sig.keywordOnly ?? [];
  const out = {} as Record<K, any>;
  if (args.length > positional.length) {
    const given = kw ? [...kw.keys()].filter((k) => (keywordOnly as readonly string[]).includes(k)).length : 0;
    const np = positional.length;
    const takes = required < np ? `from ${required} to ${np}` : String(np);
    throw typeError(
      `${name}() takes ${takes} positional argument${np === 1 && required === np ? "" : "s"} but ${args.length} ${args.length === 1 ? "was" : "were"} given${given ? ` (and ${plural(given, "keyword-only argument")})` : ""}`,
    );
  }
  for (let i = 0; i < args.length; i++) out[positional[i]] = args[i];
  if (kw)
    for (const [k, v] of kw) {
      if (!(positional as readonly string[]).includes(k) && !(keywordOnly as readonly string[]).includes(k))
        throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      if (out[k as K] !== undefined) throw typeError(`${name}() got multiple values for argument '${k}'`);
      out[k as K] = v;
    }
  const missing = positional.slice(0, required).filter((k) => out[k] === undefined);
  if (missing.length) throw typeError(`${name}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`);
  return out;
}

/**
 * Binding as NumPy's newer C functions bind (npy_parse_arguments: the ufunc methods reduce, accumulate, reduceat):
 * `names` all positional-or-keyword, the first `required` of them required; their messages count from 0.
 */
export function bindNpy<K extends string>(name: string, names: readonly K[], required: number, args: any[], kw: KW): Record<K, any> {
  if (args.length > names.length)
    throw typeError(
      `${name}() takes ${required < names.length ? `from ${required} to ${names.length}` : names.length} positional arguments but ${args.length} were given`,
    );
  const out = {} as Record<K, any>;
  for (let i = 0; i < args.length; i++) out[names[i]!] = args[i];
  if (kw)
    for (const [k, v] of kw) {
      const i = (names as readonly string[]).indexOf(k);
      if (i < 0) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw typeError(`argument for ${name}() given by name ('${k}') and position (position ${i})`);
      out[k as K] = v;
    }
  for (let i = 0; i < required; i++)
    if (out[names[i]!] === undefined) throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i})`);
  return out;
}

/** f(x, /, *, names…): the one positional-only argument and keyword-only options, with CPython's messages */
export function bindXThenKeywords(fname: string, args: any[], kw: KW, names: readonly string[]): Map<string, any> {
  if (args.length > 1) throw typeError(`${fname}() takes 1 positional argument but ${args.length} were given`);
  const out = new Map<string, any>();
  for (const [k, v] of kw ?? []) {
    if (k === "x") {
      if (args.length === 0) continue;
      throw typeError(`${fname}() got some positional-only arguments passed as keyword arguments: 'x'`);
    }
    if (!names.includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    out.set(k, v);
  }
  if (args.length === 0)
    throw kw?.has("x")
      ? typeError(`${fname}() got some positional-only arguments passed as keyword arguments: 'x'`)
      : typeError(`${fname}() missing 1 required positional argument: 'x'`);
  return out;
}
