# corpus: traceback
def mean(values):
    return sum(values) / len(values)


def normalize(values):
    m = mean(values)
    return [v - m for v in values]


print(normalize([1, 2, 3]))
result = normalize([]) + [0]
