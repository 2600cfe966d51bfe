# corpus: traceback
try:
    x = 1 / 0
except ZeroDivisonError:
    pass
