# corpus: traceback
def keep(xs, t):
    return [x
            for x in xs
            if x / t > 1]


print(keep([1, 2, 3], 1))
print(keep([1, 2, 3], 0))
