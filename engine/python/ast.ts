// AST node definitions. Every node carries line/col (1-based line, 0-based col).
export interface Pos {
  line: number;
  col: number;
}

export type Expr =
  | (Pos & { k: "Name"; id: string })
  | (Pos & { k: "Const"; v: unknown; t: "int" | "float" | "str" | "bool" | "None" | "Ellipsis" | "bytes" })
  | (Pos & { k: "FString"; parts: (string | { e: Expr; conv: string | null; spec: Expr | null })[] })
  | (Pos & { k: "BinOp"; op: string; l: Expr; r: Expr })
  | (Pos & { k: "UnaryOp"; op: string; e: Expr })
  | (Pos & { k: "BoolOp"; op: "and" | "or"; vals: Expr[] })
  | (Pos & { k: "Compare"; l: Expr; ops: string[]; rs: Expr[] })
  | (Pos & { k: "IfExp"; test: Expr; body: Expr; orelse: Expr })
  | (Pos & { k: "Lambda"; args: Params; body: Expr })
  | (Pos & { k: "Call"; fn: Expr; args: Arg[] })
  | (Pos & { k: "Attr"; e: Expr; name: string })
  | (Pos & { k: "Subscript"; e: Expr; idx: Expr })
  | (Pos & { k: "Slice"; lo: Expr | null; hi: Expr | null; step: Expr | null })
  | (Pos & { k: "Tuple"; elts: Expr[] })
  | (Pos & { k: "List"; elts: Expr[] })
  | (Pos & { k: "Set"; elts: Expr[] })
  | (Pos & { k: "Dict"; keys: (Expr | null)[]; vals: Expr[] })
  | (Pos & { k: "Starred"; e: Expr })
  | (Pos & { k: "Comp"; kind: "list" | "set" | "gen" | "dict"; elt: Expr; val: Expr | null; gens: CompFor[] })
  | (Pos & { k: "NamedExpr"; target: Expr; value: Expr })
  | (Pos & { k: "Yield"; e: Expr | null; from?: boolean });

export interface CompFor {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}
export interface Arg {
  kind: "pos" | "star" | "kw" | "dstar";
  name?: string;
  e: Expr;
}
export interface Param {
  name: string;
  def: Expr | null;
}
export interface Params {
  posonly: number;
  args: Param[]; // positional-or-keyword (incl posonly prefix)
  vararg: string | null;
  kwonly: Param[];
  kwarg: string | null;
  /** parameter annotations in order, then the return annotation as "return" (a function's __annotations__) */
  anns?: { name: string; e: Expr }[];
}

export type Stmt =
  | (Pos & { k: "Expr"; e: Expr })
  | (Pos & { k: "Assign"; targets: Expr[]; value: Expr })
  | (Pos & { k: "AugAssign"; target: Expr; op: string; value: Expr })
  | (Pos & { k: "AnnAssign"; target: Expr; value: Expr | null })
  | (Pos & { k: "Del"; targets: Expr[] })
  | (Pos & { k: "Pass" })
  | (Pos & { k: "Break" })
  | (Pos & { k: "Continue" })
  | (Pos & { k: "Return"; e: Expr | null })
  | (Pos & { k: "Raise"; e: Expr | null; cause: Expr | null })
  | (Pos & { k: "Global"; names: string[] })
  | (Pos & { k: "Nonlocal"; names: string[] })
  | (Pos & { k: "Assert"; test: Expr; msg: Expr | null })
  | (Pos & { k: "Import"; names: { name: string; as: string | null }[] })
  | (Pos & { k: "ImportFrom"; mod: string; names: { name: string; as: string | null }[]; level: number })
  | (Pos & { k: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Pos & { k: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Pos & { k: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Pos & { k: "Try"; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; final: Stmt[] })
  | (Pos & { k: "Match"; subject: Expr; cases: MatchCase[] })
  | (Pos & { k: "With"; items: { e: Expr; as: Expr | null }[]; body: Stmt[] })
  | (Pos & { k: "FunctionDef"; name: string; args: Params; body: Stmt[]; decos: Expr[] })
  | (Pos & { k: "ClassDef"; name: string; bases: Expr[]; body: Stmt[]; decos: Expr[] });

/** match-statement patterns (PEP 634) */
export type Pat =
  | (Pos & { k: "PValue"; e: Expr }) // literal or dotted name: compared with ==
  | (Pos & { k: "PSingleton"; v: null | boolean }) // None, True, False: compared with is
  | (Pos & { k: "PCapture"; name: string | null }) // a name, or _ (wildcard: null)
  | (Pos & { k: "PStar"; name: string | null }) // *rest or *_ in a sequence pattern
  | (Pos & { k: "PAs"; pat: Pat; name: string })
  | (Pos & { k: "POr"; pats: Pat[] })
  | (Pos & { k: "PSeq"; pats: Pat[] })
  | (Pos & { k: "PMap"; keys: Expr[]; pats: Pat[]; rest: string | null })
  | (Pos & { k: "PClass"; cls: Expr; args: Pat[]; kwNames: string[]; kwPats: Pat[] });
export interface MatchCase {
  pat: Pat;
  guard: Expr | null;
  body: Stmt[];
  line: number;
}

export interface Handler extends Pos {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Module {
  body: Stmt[];
}
