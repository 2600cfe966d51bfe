total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
x = 1.0
for _ in range(50):
    x /= 3
print(x)
for _ in range(50):
    x *= 3
print(x, x == 1.0)
acc = 0.0
for i in range(1, 1001):
    acc += 1 / i ** 2
print(acc, (acc * 6) ** 0.5)
print(sum(1 / 2 ** k for k in range(60)))
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16, 2 ** 53 + 1.0)
