# corpus: traceback
def validate(x):
    if x < 0:
        raise ValueError("negative")
    return x


try:
    validate(-1)
except ValueError as err:
    print("caught:", err)
    raise RuntimeError("validation failed")
