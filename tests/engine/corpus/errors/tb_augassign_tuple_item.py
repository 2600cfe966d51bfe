# corpus: traceback
# += on an item of a tuple fails when storing: CPython 3.11 places the error at the target
shapes = ((2, 3), (3, 4))
print(shapes[0][0] + 1)
shapes[0][0] += 1
