# corpus: traceback
names = ["a", "b"]
scores = {"a": 1}
ranked = sorted(
    names,
    key=lambda n: (
        -scores[n],
        n,
    ),
)
