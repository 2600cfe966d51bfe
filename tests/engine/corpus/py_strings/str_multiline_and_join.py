text = """first line
  second line indented
third"""
lines = text.splitlines()
print(len(lines), [l.strip() for l in lines], lines[1].startswith("  "))
print("\n".join(reversed(lines)))
print(repr(text[:12]), text.count("line"), text.upper().split()[0])
report = "\n".join(f"{i}: {w}" for i, w in enumerate("abc"))
print(report)
print("a" "b" "c", ("long " "implicit " "concat"))
