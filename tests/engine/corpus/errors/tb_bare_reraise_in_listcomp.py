# corpus: traceback
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("bad", s)
        raise


def run(items):
    return [parse(x) for x in items]


print(run(["1", "2"]))
run(["3", "x"])
