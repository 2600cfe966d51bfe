# corpus: traceback
def gen():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            raise ValueError(f"bad step {i}")


print(list(gen()))
