for f in [lambda: "a" + 1, lambda: 1 + "a", lambda: len(5), lambda: [1] * "x", lambda: None(), lambda: abs("s"), lambda: int([1]), lambda: (lambda a: a)(), lambda: (lambda a: a)(1, 2), lambda: (lambda: 0)(x=1), lambda: {}[[]]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
