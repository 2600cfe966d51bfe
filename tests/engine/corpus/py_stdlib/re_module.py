# re: translation to JavaScript RegExp with Python semantics (Unicode \w, $ before a final newline, empty-match rules), Match/Pattern API, errors
import re
m = re.search(r'(?P<w>\w+)@(\w+)', 'mail bob@ex now'); print(m, m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.span(), m.start(2), m.end(), m['w'], m.lastindex, m.lastgroup, m.re, m.string)
print(re.compile(r'a+', re.I | re.M), re.compile('x'), re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall('x*', 'axb'), re.sub('x*', '-', 'abxd'), re.findall('x*|a', 'a'))
print(re.split(r'[,;]\s*', 'a, b;c'), re.split(r'(,)', 'a,b'), re.split(',', 'a,b,c', maxsplit=1), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'bob@ex'), re.sub(r'(?P<x>\d)', r'<\g<x>>', 'a1b2'), re.subn('a', 'b', 'aaa'), re.sub(r'\d', lambda m: str(int(m.group())*2), 'a1b2'))
print(re.match('b', 'ab'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), [m.span() for m in re.finditer(r'\w+', 'hi there')], re.escape('a.b*c @!'), re.search('^b', 'a\nb', re.M), re.search('a.b', 'a\nb', re.S))
print(re.search(r'\bfoo\b', 'a foo.'), re.findall(r'\w+', 'naïve café 日本'), re.search('a$', 'a\n'), re.sub(r'\s+', ' ', 'a \t\n b'), re.findall(r'(?i)hello', 'Hello HELLO'), re.compile(r'''\d+  # digits
  \.\d*''', re.X).findall('1.5 22.'))
for p in ['(', 'a**', r'\q', '(?<=a+)b', '(?P<1>a)', '[a', '*a', 'a{2,1}', r'(a)\2']:
    try: re.compile(p)
    except re.error as e: print(type(e).__name__, e)
print(re.findall(r'[\w.-]+@[\w-]+\.\w+', 'x a.b@c-d.org, y@z.io'), re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.findall(r'^\s*(\w+)\s*=\s*(.*)$', 'a = 1\n b=two', re.M))
print(re.match(r'(\d+)-(\d+)?', '12-').groups(), re.match(r'(\d+)-(\d+)?', '12-').groups('0'), re.search(r'(a)(b)?', 'a').span(2), re.search('(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.split(r'\W+', 'Words, words, words.'), re.split('x*', 'axbc'))
print(re.sub('a', r'\n', 'cat') == 'c\nt', re.findall(r'\$\d+\.\d{2}', 'cost $3.50 or $12.00'), re.match('a{,2}', 'aaa'), re.search(r'\d{2,}', 'a1b123'), re.findall('[^a-c]', 'abcdef'), re.findall(r'[\d\s]', '1 2a'))
pat = re.compile(r'(\d+)'); print(pat.search('ab12cd', 3), pat.match('ab12', 2), pat.groups, pat.pattern, pat.findall('1 22 333', 2))
