s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
t = s
s += " world"
print(s, t)
print("l" * 0, "x".join("abc"), list(reversed("abc")), "".join(reversed("abc")))
print(s.split("o"), s.count(""), "abc".index("c"))
print("Hello World Foo".split(maxsplit=1), "a,b;c".replace(";", ",").split(","))
print(str(123) + "4", int("12") + 4, "3" * 3)
try:
    print("3" + 4)
except TypeError as e:
    print("TypeError:", e)
