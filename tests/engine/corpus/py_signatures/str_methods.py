# str methods: every parameter positionally and by keyword, wrong calls (extra/unknown/duplicate arguments, wrong types), edge cases of start/end and maxsplit
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
s = "  a,b,,c  d  "
t("split", lambda: s.split())
t("split sep", lambda: s.split(","))
t("split max", lambda: s.split(",", 1))
t("split kw", lambda: s.split(sep=",", maxsplit=1))
t("split none max", lambda: s.split(None, 1))
t("split maxsplit kw only", lambda: s.split(maxsplit=1))
t("split 3", lambda: s.split(",", 1, 2))
t("split bad kw", lambda: s.split(foo=1))
t("split empty sep", lambda: s.split(""))
t("split int sep", lambda: s.split(1))
t("rsplit", lambda: s.rsplit(None, 1))
t("rsplit sep", lambda: "a,b,c".rsplit(",", 1))
t("rsplit kw", lambda: "a,b,c".rsplit(sep=",", maxsplit=1))
t("rsplit 3", lambda: "a,b,c".rsplit(",", 1, 2))
t("join", lambda: "-".join(["a", "b"]))
t("join bad", lambda: "-".join(["a", 1]))
t("join 2", lambda: "-".join(["a"], ["b"]))
t("join kw", lambda: "-".join(iterable=["a"]))
t("strip", lambda: "xxaxx".strip("x"))
t("lstrip", lambda: "xyaxy".lstrip("yx"))
t("rstrip", lambda: "xyaxy".rstrip("yx"))
t("strip None", lambda: "  a ".strip(None))
t("strip 2", lambda: "a".strip("a", "b"))
t("strip kw", lambda: "a".strip(chars="a"))
t("replace count", lambda: "aaaa".replace("a", "b", 2))
t("replace count kw", lambda: "aaaa".replace("a", "b", count=2))
t("replace neg", lambda: "aaaa".replace("a", "b", -1))
t("replace empty", lambda: "abc".replace("", "-"))
t("replace empty count", lambda: "abc".replace("", "-", 2))
t("replace 4", lambda: "aaaa".replace("a", "b", 2, 3))
t("find", lambda: "hello".find("l", 3))
t("find se", lambda: "hello".find("l", 0, 2))
t("find neg", lambda: "hello".find("l", -2))
t("find None", lambda: "hello".find("l", None, None))
t("find kw", lambda: "hello".find("l", start=1))
t("find 4", lambda: "hello".find("l", 1, 2, 3))
t("find empty", lambda: ["abc".find("", 3), "abc".find("", 4), "abc".find("", 5, 2)])
t("rfind", lambda: "hello".rfind("l", 0, 3))
t("index", lambda: "hello".index("l", 4))
t("rindex", lambda: "hello".rindex("l", 0, 3))
t("count", lambda: "aaaa".count("a", 1, 3))
t("count empty", lambda: ["aaaa".count(""), "aaaa".count("", 2), "ab".count("", 5)])
t("count 4", lambda: "a".count("a", 1, 2, 3))
t("startswith tuple", lambda: "hello".startswith(("x", "he")))
t("startswith start", lambda: "hello".startswith("ll", 2))
t("startswith end", lambda: "hello".startswith("hell", 0, 3))
t("endswith tuple", lambda: "hello".endswith(("lo", "x"), 0, 5))
t("endswith end", lambda: "hello".endswith("ll", 0, 4))
t("endswith neg", lambda: "hello".endswith("l", -3, -1))
t("startswith list", lambda: "hello".startswith(["h"]))
t("startswith empty", lambda: "abc".startswith("", 4))
t("format", lambda: "{} {x} {0}".format(1, x=2))
t("format auto/man", lambda: "{} {1}".format(1, 2))
t("format attr", lambda: "{0.real} {1[0]} {d[k]}".format(3, [4], d={"k": 5}))
t("format conv", lambda: "{!r:>5} {!s}".format("a", "b"))
t("format nested", lambda: "{:{w}.{p}f}".format(3.14159, w=8, p=2))
t("format missing", lambda: "{} {}".format(1))
t("format key missing", lambda: "{x}".format())
t("format_map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
t("format_map 2", lambda: "{a}".format_map({"a": 1}, {}))
t("format braces", lambda: "{{}} {}".format(1))
t("center", lambda: "ab".center(7, "*"))
t("center even", lambda: ["a".center(4), "ab".center(5), "abc".center(6, "-")])
t("ljust", lambda: "ab".ljust(5, "-"))
t("rjust", lambda: "ab".rjust(5, "0"))
t("center bad fill", lambda: "ab".center(5, "--"))
t("center kw", lambda: "ab".center(width=5))
t("zfill", lambda: ["-42".zfill(6), "+4".zfill(4), "abc".zfill(5), "42".zfill(1)])
t("partition", lambda: ["a=b=c".partition("="), "abc".partition("x"), "a=b=c".rpartition("="), "abc".rpartition("x")])
t("partition empty", lambda: "abc".partition(""))
t("splitlines", lambda: "a\nb\r\nc\rd\n".splitlines())
t("splitlines keep", lambda: "a\nb\r\nc\rd\n".splitlines(True))
t("splitlines keep kw", lambda: "a\nb\n".splitlines(keepends=True))
t("splitlines 2", lambda: "a".splitlines(True, 1))
t("splitlines other", lambda: "a\x0bb\x0cc\x1cd\u2028e".splitlines())
t("expandtabs", lambda: ["a\tb".expandtabs(), "a\tb".expandtabs(4), "ab\tc\nx\ty".expandtabs(tabsize=3)])
t("capitalize", lambda: ["hELLO wORLD".capitalize(), "ß".upper(), "ﬁ".upper()])
t("isdigit", lambda: [s.isdigit() for s in ["123", "²", "½", "", "1a", "٣"]])
t("isdecimal", lambda: [s.isdecimal() for s in ["123", "²", "½", "", "٣"]])
t("isnumeric", lambda: [s.isnumeric() for s in ["123", "²", "½", "", "一"]])
t("isalpha", lambda: [s.isalpha() for s in ["abc", "ab1", "", "é"]])
t("isalnum", lambda: [s.isalnum() for s in ["abc1", "ab 1", "", "½"]])
t("isspace", lambda: [s.isspace() for s in [" \t\n", "", "a "]])
t("isupper", lambda: [s.isupper() for s in ["AB1", "ab", "1", "Ab"]])
t("istitle", lambda: [s.istitle() for s in ["Hello World", "Hello world", "1A", ""]])
t("isidentifier", lambda: [s.isidentifier() for s in ["a1", "1a", "_", ""]])
t("isascii", lambda: [s.isascii() for s in ["a", "é", ""]])
t("isprintable", lambda: [s.isprintable() for s in ["a", "\n", ""]])
t("casefold", lambda: "ß".casefold())
t("removeprefix", lambda: ["abc".removeprefix("ab"), "abc".removesuffix("bc")])
t("upper 1", lambda: "a".upper(1))
t("lower kw", lambda: "a".lower(x=1))
t("isdigit 1", lambda: "a".isdigit(1))
t("maketrans", lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
t("maketrans dict", lambda: "abc".translate({97: "z", 98: None}))
t("mul", lambda: ["ab" * 3, "ab" * -1])
t("in", lambda: "" in "abc")
t("str idx", lambda: "abc"[::-1])
t("zfill kw", lambda: "1".zfill(width=3))
t("ljust 3", lambda: "1".ljust(3, " ", 1))
t("expandtabs 2", lambda: "1".expandtabs(3, 4))
t("count kw", lambda: "a".count(x="a"))
t("split maxsplit 0", lambda: [" a b ".split(None, 0), "a b".split(" ", 0), " a b ".rsplit(None, 0)])
t("rsplit ws", lambda: " a  b c ".rsplit(maxsplit=1))
t("split float", lambda: "a b".split(None, 1.0))
for name, f in [
 ("noargs", lambda: "a".upper(1)), ("noargs kw", lambda: "a".upper(x=1)),
 ("o 0", lambda: "a".zfill()), ("o 2", lambda: "a".zfill(1, 2)), ("o kw", lambda: "a".zfill(width=1)),
 ("pos few", lambda: "a".replace("a")), ("pos few1", lambda: "a".center()), ("pos many", lambda: "a".strip(1, 2)), ("pos kw", lambda: "a".strip(chars="a")),
 ("tuple few", lambda: "a".find()), ("tuple many", lambda: "a".find(1,2,3,4)), ("tuple kw", lambda: "a".find("a", start=1)),
 ("sw few", lambda: "a".startswith()), ("sw kw", lambda: "a".startswith("a", start=1)),
 ("kw many", lambda: "a".split(1, 2, 3)), ("kw many2", lambda: "a".split(",", 1, maxsplit=3)), ("kw dup", lambda: "a".split(",", sep=",")), ("kw unk", lambda: "a".split(foo=1)),
 ("kw many nopos", lambda: "a".splitlines(keepends=1, foo=2)),
 ("encode many", lambda: "a".encode("a", "b", "c")),
 ("removeprefix", lambda: "a".removeprefix()),
 ("expandtabs", lambda: "a".expandtabs(1, 2)),
 ("translate", lambda: "a".translate()),
 ("format_map kw", lambda: "a".format_map(x=1)),
 ("join 0", lambda: "a".join()),
 ("partition 0", lambda: "a".partition()),
 ("split maxsplit str", lambda: "a".split(None, "1")),
 ("center str", lambda: "a".center("1")),
 ("find int", lambda: "a".find(1)),
 ("count int", lambda: "a".count(1)),
 ("replace int", lambda: "a".replace(1, "b")),
 ("strip int", lambda: "a".strip(1)),
 ("partition int", lambda: "a".partition(1)),
 ("removeprefix int", lambda: "a".removeprefix(1)),
 ("startswith int", lambda: "a".startswith(1)),
 ("zfill str", lambda: "a".zfill("1")),
 ("expandtabs str", lambda: "a".expandtabs("1")),
 ("splitlines str", lambda: "a\nb".splitlines("x")),
 ("find start str", lambda: "a".find("a", "1")),
 ("join None", lambda: ",".join(None)),
]:
    t(name, f)
