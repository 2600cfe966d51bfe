l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-3], l[::2], l[1::2], l[::-1], l[8:2:-2], l[-1:-4:-1])
print(l[5:2], l[100:], l[-100:3], l[3:3], l[::-3], l[:], l[2:-2:3])
t = tuple(l)
print(t[1:4], t[::-1][:3])
s = "abcdefgh"
print(s[::3], s[-2::-2], s[1:-1])
print(l[slice(1, 8, 3)], slice(1, 8, 3))
