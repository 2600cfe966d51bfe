# corpus: traceback
from functools import reduce

costs = [2, 1.5, 3]
print(reduce(float.__add__, [1.5, 2.5]))
total = reduce(float.__add__, costs)
