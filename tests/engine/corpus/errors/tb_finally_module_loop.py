# corpus: traceback
def step(i):
    if i == 2:
        raise RuntimeError(f"step {i} failed")
    return i


try:
    for i in range(4):
        step(i)
finally:
    print("done")
