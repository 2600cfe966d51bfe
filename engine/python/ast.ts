// AST node definitions. Every node carries line/col (1-based line, 0-based col).
export interface Pos {
  line: number;
  col: number;
}
/** [line, col, endLine, endCol] of an expression's source text (0-based columns, end exclusive) */
export type Span = [number, number, number, number];
/** where an expression came from: `sp` its own text, `outer` the parentheses around it when it has some */
export interface Located {
  sp?: Span;
  outer?: Span;
}

export type Expr =
  | (Pos & Located & { k: "Name"; id: string })
  | (Pos & Located & { k: "Const"; v: unknown; t: "int" | "float" | "str" | "bool" | "None" | "Ellipsis" | "bytes" })
  | (Pos & Located & { k: "FString"; parts: (string | { e: Expr; conv: string | null; spec: Expr | null })[] })
  | (Pos & Located & { k: "BinOp"; op: string; l: Expr; r: Expr })
  | (Pos & Located & { k: "UnaryOp"; op: string; e: Expr })
  | (Pos & Located & { k: "BoolOp"; op: "and" | "or"; vals: Expr[] })
  | (Pos & Located & { k: "Compare"; l: Expr; ops: string[]; rs: Expr[] })
  | (Pos & Located & { k: "IfExp"; test: Expr; body: Expr; orelse: Expr })
  | (Pos & Located & { k: "Lambda"; args: Params; body: Expr })
  | (Pos & Located & { k: "Call"; fn: Expr; args: Arg[] })
  | (Pos & Located & { k: "Attr"; e: Expr; name: string })
  | (Pos & Located & { k: "Subscript"; e: Expr; idx: Expr })
  | (Pos & Located & { k: "Slice"; lo: Expr | null; hi: Expr | null; step: Expr | null })
  | (Pos & Located & { k: "Tuple"; elts: Expr[] })
  | (Pos & Located & { k: "List"; elts: Expr[] })
  | (Pos & Located & { k: "Set"; elts: Expr[] })
  | (Pos & Located & { k: "Dict"; keys: (Expr | null)[]; vals: Expr[] })
  | (Pos & Located & { k: "Starred"; e: Expr })
  | (Pos & Located & { k: "Comp"; kind: "list" | "set" | "gen" | "dict"; elt: Expr; val: Expr | null; gens: CompFor[] })
  | (Pos & Located & { k: "NamedExpr"; target: Expr; value: Expr })
  | (Pos & Located & { k: "Yield"; e: Expr | null; from?: boolean });

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
  | (Pos & Located & { k: "Expr"; e: Expr })
  | (Pos & Located & { k: "Assign"; targets: Expr[]; value: Expr })
  | (Pos & Located & { k: "AugAssign"; target: Expr; op: string; value: Expr })
  | (Pos & Located & { k: "AnnAssign"; target: Expr; ann: Expr; value: Expr | null })
  | (Pos & Located & { k: "Del"; targets: Expr[] })
  | (Pos & Located & { k: "Pass" })
  | (Pos & Located & { k: "Break" })
  | (Pos & Located & { k: "Continue" })
  | (Pos & Located & { k: "Return"; e: Expr | null })
  | (Pos & Located & { k: "Raise"; e: Expr | null; cause: Expr | null })
  | (Pos & Located & { k: "Global"; names: string[] })
  | (Pos & Located & { k: "Nonlocal"; names: string[] })
  | (Pos & Located & { k: "Assert"; test: Expr; msg: Expr | null })
  | (Pos & Located & { k: "Import"; names: { name: string; as: string | null }[] })
  | (Pos & Located & { k: "ImportFrom"; mod: string; names: { name: string; as: string | null }[]; level: number })
  | (Pos & Located & { k: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Pos & Located & { k: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Pos & Located & { k: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Pos & Located & { k: "Try"; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; final: Stmt[] })
  | (Pos & Located & { k: "Match"; subject: Expr; cases: MatchCase[] })
  | (Pos & Located & { k: "With"; items: { e: Expr; as: Expr | null }[]; body: Stmt[] })
  // `bind`: the name the definition is stored under when it differs from `name` (a private name in a class body)
  | (Pos & Located & { k: "FunctionDef"; name: string; bind?: string; args: Params; body: Stmt[]; decos: Expr[] })
  | (Pos &
      Located & {
        k: "ClassDef";
        name: string;
        bind?: string;
        bases: Expr[];
        keywords: Arg[];
        body: Stmt[];
        decos: Expr[];
      });

/** match-statement patterns (PEP 634) */
export type Pat =
  | (Pos & Located & { k: "PValue"; e: Expr }) // literal or dotted name: compared with ==
  | (Pos & Located & { k: "PSingleton"; v: null | boolean }) // None, True, False: compared with is
  | (Pos & Located & { k: "PCapture"; name: string | null }) // a name, or _ (wildcard: null)
  | (Pos & Located & { k: "PStar"; name: string | null }) // *rest or *_ in a sequence pattern
  | (Pos & Located & { k: "PAs"; pat: Pat; name: string })
  | (Pos & Located & { k: "POr"; pats: Pat[] })
  | (Pos & Located & { k: "PSeq"; pats: Pat[] })
  | (Pos & Located & { k: "PMap"; keys: Expr[]; pats: Pat[]; rest: string | null })
  | (Pos & Located & { k: "PClass"; cls: Expr; args: Pat[]; kwNames: string[]; kwPats: Pat[] });
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
