# corpus: traceback
def pipeline(data):
    steps = [
        lambda xs: [x * 2 for x in xs],
        lambda xs: [x - 1 for x in xs],
        lambda xs: [10 / x for x in xs],
    ]
    for step in steps:
        data = step(data)
    return data


print(pipeline([1, 2]))
print(pipeline([0.5, 1]))
