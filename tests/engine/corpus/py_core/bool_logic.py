print(True and False, True or False, not True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0)
print([] or [1], {} and 5)
def t(v):
    print("t", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(all([]), any([]), all([1, 2]), any([0, None, ""]))
print(bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(None), bool("0"), bool([0]))
