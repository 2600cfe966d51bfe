for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-1, 3), divmod(0, 5))
print(-0.0 % 5, 5 % 0.3)
print(10 // 3 * 3 + 10 % 3)
