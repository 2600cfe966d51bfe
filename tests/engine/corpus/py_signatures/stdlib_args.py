# heapq, bisect, statistics, json, re, copy, string, operator: optional parameters by position and keyword, extra positional arguments
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
import itertools as it, functools as ft, heapq, bisect, statistics as st, json, re, copy, string, operator
X = object()
cases = {
 "it.cycle": lambda: it.cycle([1], X), "it.repeat": lambda: it.repeat(1, 2, X), "it.compress": lambda: it.compress([1], [1], X),
 "it.dropwhile": lambda: it.dropwhile(None, [1], X), "it.takewhile": lambda: it.takewhile(None, [1], X), "it.filterfalse": lambda: it.filterfalse(None, [1], X),
 "it.groupby": lambda: it.groupby([1], None, X), "it.starmap": lambda: it.starmap(pow, [], X), "it.tee": lambda: it.tee([1], 2, X),
 "it.permutations": lambda: it.permutations([1], 1, X), "it.combinations": lambda: it.combinations([1], 1, X), "it.pairwise": lambda: it.pairwise([1], X),
 "it.accumulate": lambda: it.accumulate([1], None, X), "it.product": lambda: list(it.product([1], repeat=-1)),
 "ft.partial": lambda: ft.partial(), "ft.cmp_to_key": lambda: ft.cmp_to_key(None, X), "ft.lru_cache": lambda: ft.lru_cache(1, False, X),
 "heapq.heappush": lambda: heapq.heappush([], 1, X), "heapq.heappop": lambda: heapq.heappop([1], X), "heapq.heapify": lambda: heapq.heapify([], X),
 "heapq.nlargest": lambda: heapq.nlargest(1, [1], None, X), "heapq.nsmallest kw": lambda: heapq.nsmallest(1, [3, 1], key=lambda x: -x), "heapq.heappushpop": lambda: heapq.heappushpop([], 1, X),
 "heapq.merge": lambda: list(heapq.merge([1, 3], [2], key=None, reverse=False)), "heapq.merge bad": lambda: heapq.merge([1], foo=1),
 "bisect.bisect": lambda: [bisect.bisect([1, 2, 3], 2, 1, 3), bisect.bisect_left([1, 2, 3], 2, lo=0, hi=2), bisect.bisect_right([1, 2], 5, hi=1), bisect.bisect([(1, 'a')], 1, key=lambda p: p[0])],
 "bisect.insort": lambda: [(l := [1, 3]), bisect.insort(l, 2, 0, 2), bisect.insort_left(l, 0, lo=0), l][-1],
 "bisect 6": lambda: bisect.bisect([1], 1, 0, 1, None, X), "bisect bad kw": lambda: bisect.bisect([1], 1, foo=1),
 "st.mean": lambda: st.mean([1], X), "st.median": lambda: st.median([1], X), "st.stdev": lambda: [st.stdev([1, 2, 3]), st.stdev([1, 2, 3], 2), st.stdev([1, 2, 3], xbar=2)],
 "st.pstdev": lambda: [st.pstdev([1, 2, 3]), st.pstdev([1, 2, 3], mu=2), st.pvariance([1, 2, 3], 2)], "st.variance 3": lambda: st.variance([1, 2], 1, X),
 "st.mode": lambda: [st.mode([1, 1, 2]), st.multimode("aabbc"), st.median_low([1, 2]), st.median_high([1, 2]), st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4], n=3, method="inclusive")],
 "st.quantiles bad": lambda: st.quantiles([1, 2], 4), "st.fmean": lambda: [st.fmean([1, 2]), st.fmean([1, 2], weights=[1, 3])], "st.geometric": lambda: [st.geometric_mean([1, 4]), st.harmonic_mean([1, 4]), st.harmonic_mean([1, 4], weights=[1, 3])],
 "st.correlation": lambda: [st.correlation([1, 2, 3], [1, 2, 4]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 7])],
 "st.median_grouped": lambda: st.median_grouped([1, 2, 2, 3], 2),
 "json.dumps": lambda: [json.dumps({"b": 1, "a": [1, 2]}, indent=2, sort_keys=True), json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, indent="\t"), json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps(1.0), json.dumps(float("nan")), json.dumps({1: 2, True: 3, None: 4})],
"json.dumps pos": lambda: json.dumps(1, True), "json.dumps nan": lambda: json.dumps(float("nan"), allow_nan=False),
 "json.dumps default": lambda: json.dumps({"a": {1, 2}}, default=sorted), "json.dumps skipkeys": lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True),
 "json.dumps indent0": lambda: json.dumps([1, [2]], indent=0), "json.dumps indent neg": lambda: json.dumps([1], indent=-1), "json.dumps tuple key": lambda: json.dumps({(1,): 2}),
 "json.loads": lambda: [json.loads('{"a": [1, 2.5, null, true]}'), json.loads("1e5"), json.loads('"\\u00e9"'), json.loads("NaN"), json.loads(" [1] ")],
 "json.loads bad": lambda: json.loads("[1,]"), "json.loads kw": lambda: json.loads("1.5", parse_float=str), "json.loads hook": lambda: json.loads('{"a": 1}', object_hook=lambda d: list(d)),
 "json.loads pos": lambda: json.loads("1", X), "json.dumps float": lambda: json.dumps([1e16, 0.1, -0.0, 1e-7, 123456789.0]),
 "re.sub count": lambda: [re.sub("a", "b", "aaa", 2), re.sub("a", "b", "aaa", count=1), re.subn("a", "b", "aaa"), re.sub("A", "b", "aAa", flags=re.I)],
 "re.sub pos flags": lambda: re.sub("a", "b", "aaa", 0, re.I), "re.split": lambda: [re.split(",", "a,b,c", 1), re.split(",", "a,b,c", maxsplit=1), re.split("(,)", "a,b")],
 "re.findall": lambda: [re.findall(r"(\w)(\d)", "a1b2"), re.findall(r"\d", "a1b2"), re.findall("A", "aA", re.I)], "re.search pos": lambda: re.compile("a").search("aba", 1).start(),
 "re.search endpos": lambda: [re.compile("a").search("aba", 1, 2), re.compile("a").findall("aaaa", 1, 3), re.compile("a").match("ba", pos=1).span()],
 "re.groups": lambda: [(m := re.match(r"(a)(b)?(?P<c>c)", "ac")).groups(), m.groups(default="-"), m.group(0, 1, "c"), m.groupdict(), m.span(3), m.start("c"), m.end(), m.lastindex, m.lastgroup, m[1], m.expand(r"\1-\g<c>")],
 "re.group bad": lambda: re.match("a", "a").group(5), "re.fullmatch": lambda: [re.fullmatch("a+", "aa"), re.fullmatch("a", "ab")],
 "re.flags": lambda: [re.findall("^a", "a\na", re.M), re.findall("a.b", "a\nb", re.S), re.findall("a b", "ab", re.X), re.findall("a", "A", flags=re.IGNORECASE | re.M)],
 "re.escape": lambda: re.escape("a.b*c"), "re.sub func": lambda: re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"), "re.sub backref": lambda: re.sub(r"(\w)(\d)", r"\2\1", "a1b2"),
 "re.finditer": lambda: [m.span() for m in re.finditer("a", "aba")], "re.compile flags": lambda: re.compile("a", re.I).flags,
 "copy": lambda: [copy.copy([1, [2]]), copy.deepcopy({"a": [1]}), copy.copy(1, X)],
 "string": lambda: [string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  world"), string.capwords("a-b", "-"), string.Template("$a ${b}").substitute(a=1, b=2), string.Template("$a").safe_substitute({})],
 "operator": lambda: [operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.add(1, 2), operator.methodcaller("split", ",")("a,b")],
}
for k, f in cases.items():
    t(k, f)
