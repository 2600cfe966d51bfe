words = ["banana", "Apple", "cherry", "apple", "Banana", "_x", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(max(words), min(words), "a" * 3 < "aab")
print(ord("A"), ord("a"), ord("€"), chr(8364), "\u00e9", "\x41")
print("abc" == "abc", "abc" is not None, "a" in "abc", "" in "abc")
