for s in ["0", "-17", "007", "1_000"]:
    print(repr(s), int(s))
for s in ["0.1", "1e-5", "-2.50", "inf", "1E3", ".5", "5."]:
    print(repr(s), float(s), repr(float(s)))
for v in [0.1, 1e-05, 123456789.123, 1e300, -2.5e-300]:
    print(v, float(repr(v)) == v, str(v) == repr(v))
print(int(float("1e3")), float(int("12")), str(int(3.99)), int(str(7) * 3))
