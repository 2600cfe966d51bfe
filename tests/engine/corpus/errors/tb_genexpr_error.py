# corpus: traceback
values = [4, 2, 0]
print(sum(10 / v for v in values))
