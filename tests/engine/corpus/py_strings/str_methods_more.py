s = "Deep Learning with NumPy"
print(s.split(" ", 1), s.lower().count("e"), s.replace(" ", "_").upper(), s[::-1][:5])
print(s.startswith("Deep"), s.find("NumPy"), s.index("with"), s.rstrip("yP"), len(s.split()))
words = s.split()
print(" ".join(w[::-1] for w in words), "-".join(sorted(words, key=len)))
print("x".join(["1", "2", "3"]), ",".join("abc"), "%s" % "|".join(map(str, [1.5, 2, None])))
print("abc".upper().lower().title(), "  spaced  ".strip().center(12, "."), "tEST".capitalize())
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"), "ab".zfill(5), "%-5s|%5s" % ("l", "r"))
