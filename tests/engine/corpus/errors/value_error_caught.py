for f in [lambda: int("x"), lambda: float("1.2.3"), lambda: [1, 2].index(3), lambda: "abc".index("z"), lambda: max([])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
