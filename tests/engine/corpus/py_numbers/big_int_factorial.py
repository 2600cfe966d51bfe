import math
print(math.factorial(30))
print(math.factorial(52))
print(math.comb(100, 50))
print(math.perm(20, 10))
x = 1
for i in range(1, 41):
    x *= i
print(x, x % 1000000007)
print(sum(range(10 ** 6)))
