// The code editor's markers: syntax squiggles and the runtime error line (with its whole-line decoration).
import { type RefObject, useEffect } from "react";
import * as monaco from "monaco-editor";
import type { SyntaxProblem } from "../protocol";

export function useEditorMarkers(
  editorRef: RefObject<monaco.editor.IStandaloneCodeEditor | null>,
  errorLine: RefObject<monaco.editor.IEditorDecorationsCollection | null>,
  props: { syntax: SyntaxProblem | null; runtime: { line: number; message: string } | null },
): void {
  useEffect(() => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const p = props.syntax;
    monaco.editor.setModelMarkers(
      model,
      "python-syntax",
      p
        ? [
            {
              severity: monaco.MarkerSeverity.Error,
              message: `${p.type}: ${p.message}`,
              startLineNumber: p.line,
              startColumn: Math.max(1, p.col),
              endLineNumber: p.line,
              endColumn: Math.max(p.col + 1, model.getLineMaxColumn(Math.min(p.line, model.getLineCount()))),
            },
          ]
        : [],
    );
  }, [props.syntax]);
  useEffect(() => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const r = props.runtime;
    const line = r ? Math.min(Math.max(1, r.line), model.getLineCount()) : 0;
    monaco.editor.setModelMarkers(
      model,
      "python-run",
      r
        ? [
            {
              severity: monaco.MarkerSeverity.Error,
              message: r.message,
              startLineNumber: line,
              startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
              endLineNumber: line,
              endColumn: model.getLineMaxColumn(line),
            },
          ]
        : [],
    );
    errorLine.current?.set(
      r
        ? [
            {
              range: new monaco.Range(line, 1, line, 1),
              options: { isWholeLine: true, className: "kk-error-line", linesDecorationsClassName: "kk-error-gutter" },
            },
          ]
        : [],
    );
    if (r) ed.revealLineInCenterIfOutsideViewport(line);
  }, [props.runtime]);
}
