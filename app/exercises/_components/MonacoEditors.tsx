"use client";
// Monaco, client-only (loaded through next/dynamic with ssr: false) from the local monaco-editor package — no CDN.
// The code editor (free or gap-filling mode, syntax squiggles, runtime error line) and the diff viewer.
import "./monaco-setup";
import { useRef } from "react";
import { DiffEditor, Editor } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import type { SyntaxProblem } from "../protocol";
import { useEditorMarkers } from "../_hooks/useEditorMarkers";
import { attachGapFill } from "./gapfill-mode";

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

  useEditorMarkers(editorRef, errorLine, props);

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
      setCode = attachGapFill(ed, model, cb.current.starter, (code) => cb.current.onChange(code));
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
