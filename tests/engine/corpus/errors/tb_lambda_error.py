# corpus: traceback
xs = [1.0, 2.0, 0.0]
ys = list(map(lambda x: 1 / x, xs))
