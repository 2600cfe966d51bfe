# corpus: traceback
d = {k: 1 / v for k, v in [("a", 1), ("b", 0)]}
