n = 1234567
digits = []
while n > 0:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
print([i // 3 for i in range(-6, 7)], [i % 3 for i in range(-6, 7)])
print([-i // 2 for i in range(5)], [-(i // 2) for i in range(5)], int(-7 / 2), -7 // 2)
print(2 ** 10 // 3, 2 ** 10 % 3, (2 ** 64 - 1) // 2 ** 32, (2 ** 64 - 1) % 2 ** 32)
