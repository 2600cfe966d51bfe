total = 0
i = 1
while i <= 100:
    total += i
    i += 1
print(total)

a, b = 0, 1
fibs = []
while a < 1000:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
