# corpus: traceback
def f(xs):
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError:
        try:
            return xs[0]
        except IndexError:
            raise ValueError("empty input") from None


print(f([1, 2]))
print(f([]))
