x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, 2 > 1 < 3)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, 1 in a, 3 not in a, "ab" in "cabd")
print((1, 2) < (1, 3), [1, 2, 3] < [1, 3], "apple" < "banana", "Z" < "a")
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
