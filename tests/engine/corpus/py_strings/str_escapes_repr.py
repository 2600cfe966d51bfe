s = 'it\'s "quoted"\n\ttab \\ back'
print(s)
print(repr(s))
print(repr("single 'only'"), repr('double "only"'), repr("both ' and \""))
print(repr("\x00\x7f\u00e9\u3042"), repr("\r"), ascii("é"))
print("""triple
quoted""", r"raw\n")
print(len("\n"), len(r"\n"))
