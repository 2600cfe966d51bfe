for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 5 % 0, lambda: 1.5 / 0]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
