def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

for n in [-5, 0, 1, 2, 17, 100]:
    print(n, classify(n))

x = 5
y = "big" if x > 3 else "small"
print(y)
print("a" if [] else "b", "c" if [0] else "d", "e" if "" else "f", "g" if 0.0 else "h")
if not None:
    print("None is falsy")
if x:
    pass
print("done")
