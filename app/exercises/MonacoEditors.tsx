"use client";
// Monaco, client-only (loaded through next/dynamic with ssr: false) from the local monaco-editor package — no CDN.
// The code editor (free or gap-filling mode, syntax squiggles, runtime error line) and the diff viewer.
import { useEffect, useRef } from "react";
import { DiffEditor, Editor, loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { BLANK, cleanFill, compose, extractFills, fillOffsets, minimalEdit, parseTemplate } from "./gapfill";
import type { SyntaxProblem } from "./protocol";

declare global {
  // eslint-disable-next-line no-var
  var MonacoEnvironment: monaco.Environment | undefined;
}
if (typeof self !== "undefined") {
  self.MonacoEnvironment = {
    getWorker: () => new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" }),
  };
}
loader.config({ monaco });

export interface EditorApi {
  /** Replaces the whole program (reset to starter). */
  setCode(code: string): void;
  focus(): void;
}

export interface CodeEditorProps {
  initialCode: string;
  starter: string;
  mode: "gapfill" | "free";
  onChange(code: string): void;
  onRun(): void;
  onSubmit(): void;
  syntax: SyntaxProblem | null;
  runtime: { line: number; message: string } | null;
  apiRef: React.RefObject<EditorApi | null>;
  label: string;
}

export default function CodeEditor(props: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const cb = useRef(props);
  cb.current = props;
  const errorLine = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  // Markers: syntax squiggles and the runtime error line.
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

  const onMount = (ed: monaco.editor.IStandaloneCodeEditor) => {
    editorRef.current = ed;
    const model = ed.getModel()!;
    model.updateOptions({ tabSize: 4, insertSpaces: true });
    errorLine.current = ed.createDecorationsCollection([]);
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => cb.current.onRun());
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => cb.current.onSubmit());

    let setCode: (code: string) => void = (code) => {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
    };

    if (cb.current.mode === "gapfill") {
      const tpl = parseTemplate(cb.current.starter);
      const n = tpl.segments.length - 1;
      let fills = extractFills(tpl, model.getValue()) ?? Array.from({ length: n }, () => BLANK);
      const blanks = ed.createDecorationsCollection([]);
      const locked = ed.createDecorationsCollection([]);
      let reverting = false;

      const rangeOf = (start: number, end: number) => {
        const a = model.getPositionAt(start);
        const b = model.getPositionAt(end);
        return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
      };
      const decorate = () => {
        const offs = fillOffsets(tpl, fills);
        blanks.set(
          offs.map(([s, e], i) => ({
            range: rangeOf(s, e),
            options: {
              className: "kk-gap",
              inlineClassName: "kk-gap-text",
              stickiness: monaco.editor.TrackedRangeStickiness.AlwaysGrowsWhenTypingAtEdges,
              hoverMessage: { value: `Blank ${i + 1} of ${n}` },
            },
          })),
        );
        const lockedRanges: monaco.editor.IModelDeltaDecoration[] = [];
        let prev = 0;
        for (const [s, e] of offs) {
          if (s > prev)
            lockedRanges.push({
              range: rangeOf(prev, s),
              options: { inlineClassName: "kk-locked", stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
            });
          prev = e;
        }
        const total = model.getValueLength();
        if (total > prev)
          lockedRanges.push({
            range: rangeOf(prev, total),
            options: { inlineClassName: "kk-locked", stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
          });
        locked.set(lockedRanges);
      };
      const enforce = () => {
        const text = model.getValue();
        const ranges = blanks.getRanges();
        const next = ranges.length === n ? ranges.map((r) => cleanFill(model.getValueInRange(r))) : fills;
        const rebuilt = compose(tpl, next);
        fills = next;
        const edit = minimalEdit(text, rebuilt);
        if (edit) {
          reverting = true;
          try {
            const [a, b, ins] = edit;
            model.pushEditOperations(ed.getSelections() ?? [], [{ range: rangeOf(a, b), text: ins }], () => null);
          } finally {
            reverting = false;
          }
        }
        decorate();
      };
      if (model.getValue() !== compose(tpl, fills)) model.setValue(compose(tpl, fills));
      decorate();

      /** Index of the blank containing [start, end] (edges included), or -1. */
      const blankAt = (sel: monaco.Selection) => {
        const a = model.getOffsetAt(sel.getStartPosition());
        const b = model.getOffsetAt(sel.getEndPosition());
        return fillOffsets(tpl, fills).findIndex(([s, e]) => a >= s && b <= e);
      };
      const selectBlank = (i: number) => {
        const [s, e] = fillOffsets(tpl, fills)[i]!;
        const r = rangeOf(s, e);
        ed.setSelection(r);
        ed.revealRangeInCenterIfOutsideViewport(r);
      };

      // Monaco's Ctrl+M (Ctrl+Shift+M on macOS) makes Tab move the focus out of the editor: respect it.
      let tabMovesFocus = false;
      ed.onKeyDown((e) => {
        const k = e.browserEvent.key;
        if ((k === "m" || k === "M") && e.ctrlKey && !e.altKey && !e.metaKey) tabMovesFocus = !tabMovesFocus;
        if (k === "Tab" && !tabMovesFocus && !e.ctrlKey && !e.altKey && !e.metaKey && n > 0) {
          // Tab / Shift+Tab: next / previous blank.
          const pos = model.getOffsetAt(ed.getPosition()!);
          const offs = fillOffsets(tpl, fills);
          let i = e.shiftKey ? offs.findLastIndex(([, end]) => end < pos) : offs.findIndex(([s]) => s > pos);
          if (i < 0) i = e.shiftKey ? n - 1 : 0;
          selectBlank(i);
          e.preventDefault();
          e.stopPropagation();
          return;
        }
        if (k === "Enter" && (e.ctrlKey || e.metaKey)) return; // Run / Submit keybindings
        const edits = k === "Backspace" || k === "Delete" || k === "Enter" || (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey);
        const cutOrPaste = (e.ctrlKey || e.metaKey) && (k === "x" || k === "v" || k === "X" || k === "V");
        if (!edits && !cutOrPaste) return;
        const offs = fillOffsets(tpl, fills);
        const ok = (ed.getSelections() ?? []).every((sel) => {
          const i = blankAt(sel);
          if (i < 0) return false;
          if (k === "Enter") return false;
          if (sel.isEmpty()) {
            const at = model.getOffsetAt(sel.getStartPosition());
            if (k === "Backspace" && at === offs[i]![0]) return false;
            if (k === "Delete" && at === offs[i]![1]) return false;
          }
          return true;
        });
        if (!ok) {
          e.preventDefault();
          e.stopPropagation();
        }
      });
      ed.onDidChangeCursorSelection((ev) => {
        // Clicking into an untouched blank selects it, so that typing replaces the placeholder.
        if (ev.selection.isEmpty() && ev.source === "mouse") {
          const i = blankAt(ev.selection);
          if (i >= 0 && fills[i] === BLANK) selectBlank(i);
        }
      });
      ed.onDidChangeModelContent(() => {
        if (reverting) return;
        enforce();
        cb.current.onChange(model.getValue());
      });
      setCode = (code: string) => {
        fills = extractFills(tpl, code) ?? Array.from({ length: n }, () => BLANK);
        reverting = true;
        try {
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text: compose(tpl, fills) }], () => null);
        } finally {
          reverting = false;
        }
        decorate();
        cb.current.onChange(model.getValue());
      };
      if (n > 0) selectBlank(0);
    } else {
      ed.onDidChangeModelContent(() => cb.current.onChange(model.getValue()));
    }
    cb.current.apiRef.current = { setCode: (c) => setCode(c), focus: () => ed.focus() };
    // The initial text (a gap-fill draft may have been normalised).
    cb.current.onChange(model.getValue());
  };

  return (
    <Editor
      height="100%"
      defaultLanguage="python"
      defaultValue={props.initialCode}
      theme="vs"
      onMount={onMount}
      options={{
        minimap: { enabled: false },
        fontSize: 14,
        fontFamily: "var(--font-mono, 'JetBrains Mono Variable', monospace)",
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        renderWhitespace: "selection",
        ariaLabel: props.label,
        fixedOverflowWidgets: true,
        wordBasedSuggestions: "off",
        quickSuggestions: false,
        // A selected blank is replaced by what the learner types: surrounding it would turn a fill typed as
        // "(y - t) / n" into "(y - t) / n)" (the placeholder wrapped in brackets, then typed over).
        autoSurround: props.mode === "gapfill" ? "never" : "languageDefined",
      }}
      wrapperProps={{ "data-testid": "code-editor", "data-mode": props.mode }}
    />
  );
}

export function CodeDiff({ original, modified }: { original: string; modified: string }) {
  return (
    <DiffEditor
      height="100%"
      language="python"
      original={original}
      modified={modified}
      theme="vs"
      options={{
        readOnly: true,
        renderSideBySide: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontSize: 13,
      }}
      wrapperProps={{ "data-testid": "code-diff" }}
    />
  );
}
