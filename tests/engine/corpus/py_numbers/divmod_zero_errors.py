cases = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0), ("1.0 / 0", lambda: 1.0 / 0),
         ("1.0 // 0.0", lambda: 1.0 // 0.0), ("1.0 % 0.0", lambda: 1.0 % 0.0), ("divmod(1, 0)", lambda: divmod(1, 0)), ("0 ** -1", lambda: 0 ** -1), ("0.0 ** -1", lambda: 0.0 ** -1)]
for expr, f in cases:
    try:
        f()
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
