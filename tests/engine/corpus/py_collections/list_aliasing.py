a = [[0] * 3] * 3
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(3)]
b[0][0] = 1
print(b)
x = [1, 2, 3]
y = x
z = x[:]
y.append(4)
print(x, y, z, x is y, x is z, x == z + [4])
