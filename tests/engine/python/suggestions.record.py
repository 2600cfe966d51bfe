#!/usr/bin/env python3
"""Record CPython's "Did you mean" choices for tests/engine/python/suggestions.test.ts.

Usage: python3 tests/engine/python/suggestions.record.py
Writes suggestions.json next to this file: for each case, the candidate names, the missing name and the name CPython
3.11 suggests (or null). The suggestion is read from what the interpreter itself prints for an AttributeError on a
module holding exactly the candidates (CPython computes it in C, at display time), so the cases cover its distance
(case changes, insertions, deletions, substitutions, transpositions, UTF-8 names), its limits (names over 40 bytes,
750 candidates or more) and its tie-breaking (the first closest candidate in dir() order).
"""
import io
import json
import os
import platform
import random
import re
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "suggestions.json")

WORDS = [
    "learning_rate", "batch_size", "num_epochs", "weight_decay", "momentum", "params", "grads", "loss", "accuracy",
    "x_train", "t_train", "x_test", "t_test", "hidden_size", "input_size", "output_size", "W1", "W2", "b1", "b2",
    "reshape", "transpose", "sum", "mean", "argmax", "softmax", "sigmoid", "relu", "forward", "backward", "predict",
    "gradient", "numerical_gradient", "cross_entropy_error", "train_loss_list", "iters_num", "network", "optimizer",
    "dropout_ratio", "use_batchnorm", "running_mean", "running_var", "gamma", "beta", "a", "ab", "xy", "X", "Xy",
    "学習率", "重み", "layer_1", "layer_2", "Layer1", "LEARNING_RATE", "learningRate",
    "a_very_long_attribute_name_that_goes_past_forty_bytes", "a_very_long_attribute_name_that_goes_past_forty_bytez",
]
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"


def mutate(rng, name):
    s = list(name)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        op = rng.choice(["del", "ins", "sub", "swap", "case"])
        i = rng.randrange(len(s)) if s else 0
        if op == "del" and len(s) > 1:
            del s[i]
        elif op == "ins":
            s.insert(i, rng.choice(ALPHABET))
        elif op == "sub" and s:
            s[i] = rng.choice(ALPHABET)
        elif op == "swap" and len(s) > 1 and i + 1 < len(s):
            s[i], s[i + 1] = s[i + 1], s[i]
        elif op == "case" and s:
            s[i] = s[i].swapcase()
    out = "".join(s)
    if not out or not (out[0].isalpha() or out[0] == "_"):
        out = "v" + out
    return out


def suggestion(candidates, name):
    mod = types.ModuleType("m")
    mod.__dict__.clear()
    for c in candidates:
        setattr(mod, c, 0)
    try:
        getattr(mod, name)
    except AttributeError as e:
        err = io.StringIO()
        old, sys.stderr = sys.stderr, err
        try:
            sys.__excepthook__(type(e), e, None)
        finally:
            sys.stderr = old
        m = re.search(r"Did you mean: '(.*)'\?\n$", err.getvalue())
        return m.group(1) if m else None
    raise AssertionError(f"{name} is present")


def main():
    rng = random.Random(14)
    cases = []
    for _ in range(400):
        candidates = sorted(set(rng.sample(WORDS, rng.randint(1, 12))))
        base = rng.choice(candidates if rng.random() < 0.8 else WORDS)
        name = mutate(rng, base)
        if name in candidates:
            continue
        cases.append({"candidates": candidates, "name": name, "suggestion": suggestion(candidates, name)})
    many = sorted({f"name_{i}" for i in range(749)} | {"learning_rate"})
    for n in (749, 750):
        cands = many[:n] if "learning_rate" in many[:n] else many[: n - 1] + ["learning_rate"]
        cands = sorted(cands)
        cases.append({"candidates": cands, "name": "learning_rat", "suggestion": suggestion(cands, "learning_rat")})
    doc = {"python": platform.python_version(), "cases": cases}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=0)
        f.write("\n")
    hits = sum(1 for c in cases if c["suggestion"])
    print(f"wrote {OUT}: {len(cases)} cases, {hits} with a suggestion")


if __name__ == "__main__":
    main()
