l = list(range(8))
l[2:4] = ["a", "b", "c"]
print(l)
l[:2] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[1:1] = [99, 98]
print(l)
l[-2:] = "xy"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
m = [1, 2, 3, 4, 5]
m[::-1] = [10, 20, 30, 40, 50]
print(m)
del m[1::2]
print(m)
