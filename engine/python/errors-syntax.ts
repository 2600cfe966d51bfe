// Syntax errors raised by the lexer/parser (converted to Python SyntaxError later).
export class PySyntaxError {
  constructor(
    public message: string,
    public line: number,
    public col: number, // 0-based
    public type: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError",
  ) {}
}
