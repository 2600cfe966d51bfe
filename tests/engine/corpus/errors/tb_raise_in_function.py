# corpus: traceback
def check_shape(n):
    if n < 0:
        raise ValueError(f"negative size: {n}")  # learners add comments here
    return n


print(check_shape(3))
check_shape(-1)
