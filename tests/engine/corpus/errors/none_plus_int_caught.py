def loss_fn(y):
    l = sum(y) / len(y)
for f in [lambda: loss_fn([1, 2]) + 1, lambda: [1, 2] * 0.5, lambda: (5)[0], lambda: 0.5(), lambda: "ab" - "b", lambda: {1, 2}[0], lambda: len(None)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
