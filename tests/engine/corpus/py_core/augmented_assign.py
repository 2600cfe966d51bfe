x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x /= 2; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class O:
    pass
o = O()
o.v = 10
o.v += 5
o.v *= 2
print(o.v)
d = {"k": 1}
d["k"] += 9
d.setdefault("m", 0)
d["m"] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
m[-1][-1] += 1
print(m)
n = 6
n >>= 1; print(n)
n <<= 3; print(n)
n &= 0b1010; print(n)
n |= 1; print(n)
n ^= 0xF; print(n)
