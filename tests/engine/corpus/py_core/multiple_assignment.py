a = b = c = 0
a += 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [1, 2, 3]
i = 0
i, l[i] = 1, 100
print(i, l)
(p, q), r = (1, 2), 3
print(p, q, r)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k, m, n)
