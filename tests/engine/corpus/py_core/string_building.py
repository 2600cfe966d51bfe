rows = []
for i in range(1, 6):
    rows.append(" ".join(str(i * j).rjust(3) for j in range(1, 6)))
print("\n".join(rows))
s = ""
for ch in "hello":
    s = ch + s
print(s)
tri = ["*" * i for i in range(1, 5)]
for t in tri:
    print(t.center(9))
print("%s|%s" % ("a".ljust(3, "."), "b".rjust(3, ".")))
