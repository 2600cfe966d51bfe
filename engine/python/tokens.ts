// Token definitions for the Python lexer.
export type TokKind = "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "EOF";

export interface Token {
  kind: TokKind;
  /** Source text for NAME/OP; decoded value for STRING; raw text for NUMBER. */
  value: string;
  line: number;
  col: number; // 0-based column
  /** 0-based column just past the token, on its last line (endLine for a multi-line string) */
  ec: number;
  /** NUMBER: parsed numeric value (number | bigint) and whether it is a float. */
  num?: number | bigint;
  isFloat?: boolean;
  /** STRING: prefix flags */
  fstring?: boolean;
  bytes?: boolean;
  endLine?: number;
  /** f-string: the 0-based column its body starts at (where its expressions' columns count from) */
  bodyCol?: number;
}

export const KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

// Longest first
export const OPERATORS = [
  "**=",
  "//=",
  ">>=",
  "<<=",
  "...",
  "->",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@=",
  "**",
  "//",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "@",
  "&",
  "|",
  "^",
  "~",
  "<",
  ">",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ":",
  ";",
  ".",
  "=",
];
