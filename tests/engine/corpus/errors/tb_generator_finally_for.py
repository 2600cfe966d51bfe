# corpus: traceback
def gen():
    try:
        yield 1
        yield 2 / 0
    finally:
        print("gen cleanup")


total = 0
for x in gen():
    total += x
