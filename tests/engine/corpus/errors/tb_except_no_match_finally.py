# corpus: traceback
def load(d, k):
    try:
        return d[k] * 2
    except TypeError:
        print("type")
    finally:
        print("cleanup")


load({"a": 1}, "b")
