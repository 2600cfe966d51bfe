# str case and class methods beyond ASCII: title case (ǅ, ß), final sigma in swapcase, istitle, CPython's whitespace, identifiers, expandtabs after \r
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
t("isspace", lambda: [c.isspace() for c in "\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000\t\x0b\x0c"])
t("isalnum", lambda: [c.isalnum() for c in "²½ⅷ٣a_"])
t("isnumeric", lambda: [c.isnumeric() for c in "½ⅷ一十百万零〇"])
t("isidentifier", lambda: [s.isidentifier() for s in ["é", "a·b", "1a", "_1", "a-b", "ℵ", "x²"]])
t("istitle", lambda: [s.istitle() for s in ["Hello", "HeLLo", "Ǆa", "ǅa", "A1b", "A1B", "'A", "Hello World", "Éa"]])
t("upper lower", lambda: ["ß".upper(), "İ".lower(), "ǅ".upper(), "ǅ".lower(), "ﬃ".upper(), "Σ".lower(), "ΑΣ".lower()])
t("swapcase", lambda: ["ß".swapcase(), "ǅ".swapcase(), "Hello ΑΣ".swapcase()])
t("capitalize", lambda: ["ǆa".capitalize(), "ßa".capitalize(), "hello World".capitalize()])
t("title", lambda: ["hello world".title(), "they're bill's".title(), "ǆa ǆb".title(), "ßa".title(), "a1b2".title()])
t("casefold", lambda: ["ß".casefold(), "ﬁ".casefold(), "Σ".casefold(), "ς".casefold(), "İ".casefold()])
t("split unicode ws", lambda: "a\u3000b\x1cc\x85d".split())
t("strip unicode", lambda: "\u3000a\x1c".strip())
t("zfill unicode", lambda: "-é".zfill(4))
t("center wide", lambda: "ab".center(5, "é"))
t("expandtabs cr", lambda: "a\tb\rc\td".expandtabs(4))
