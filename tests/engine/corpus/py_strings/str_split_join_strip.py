line = "  a,b,,c  "
print(line.strip(), "|" + line.lstrip() + "|", "|" + line.rstrip() + "|")
print(line.strip().split(","), line.split(), "a b  c".split(" "), "a b  c".split())
print("1-2-3-4".split("-", 2), "1-2-3-4".rsplit("-", 1), "line1\nline2\r\nline3".splitlines())
print("-".join(["x", "y", "z"]), "".join(map(str, range(5))), ", ".join([]))
print("xxhixx".strip("x"), "www.example.com".lstrip("w."), "abc".partition("b"), "abc".rpartition("z"))
print("a\tb".expandtabs(4), repr("tab\there"))
