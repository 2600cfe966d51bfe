# corpus: traceback
def check(x):
    if x > "0":
        return x


pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a, b)
print(check(1))
