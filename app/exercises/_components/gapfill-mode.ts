// The code editor's gap-filling mode: the starter's blanks are the only editable text (highlighted; everything else
// is locked and edits outside a blank are refused or reverted), Tab / Shift+Tab move between blanks, and a click into
// an untouched blank selects it. Returns the mode's setCode (which keeps the template around the given fills).
import * as monaco from "monaco-editor";
import { BLANK, cleanFill, compose, extractFills, fillOffsets, minimalEdit, parseTemplate } from "../gapfill";

export function attachGapFill(
  ed: monaco.editor.IStandaloneCodeEditor,
  model: monaco.editor.ITextModel,
  starter: string,
  onChange: (code: string) => void,
): (code: string) => void {
  const tpl = parseTemplate(starter);
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
    onChange(model.getValue());
  });
  const setCode = (code: string) => {
    fills = extractFills(tpl, code) ?? Array.from({ length: n }, () => BLANK);
    reverting = true;
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: compose(tpl, fills) }], () => null);
    } finally {
      reverting = false;
    }
    decorate();
    onChange(model.getValue());
  };
  if (n > 0) selectBlank(0);
  return setCode;
}
