# corpus: traceback
scale = lambda v: [x / v for x in range(3)]
fs = [lambda: scale(n) for n in [2, 0]]
print(fs[0]())
print(fs[1]())
