# corpus: traceback
xs = [[1, 2], [3, 4], [5]]
for a, b in xs:
    print(a + b)
