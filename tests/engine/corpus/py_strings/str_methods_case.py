s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.startswith("Hell"), s.endswith("ld"), s.startswith(("x", "H")), s.isalpha(), "abc".isalpha())
print("123".isdigit(), "12a".isdigit(), "  ".isspace(), "Abc".istitle(), "abc".islower(), "ABC".isupper(), "a1".isalnum())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), s.count("o", 5))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
