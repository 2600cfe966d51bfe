word = "numpy"
for i, ch in enumerate(word):
    print(i, ch)
print(list(word), tuple(word))
print([ord(c) for c in "AZaz09"], chr(97), chr(0x3042))
print(sorted("banana"), "".join(sorted(set("banana"))))
