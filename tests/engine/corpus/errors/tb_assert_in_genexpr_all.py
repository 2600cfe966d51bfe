# corpus: traceback
def check(v):
    assert v > 0, f"bad {v}"
    return v


vals = [3, 2, -1]
ok = all(check(v) for v in vals)
