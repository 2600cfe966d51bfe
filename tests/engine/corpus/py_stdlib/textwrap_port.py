# textwrap: wrap/fill/shorten/dedent/indent as CPython (hyphen breaking, max_lines, Unicode words)
import textwrap
s = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(s, 20)); print(textwrap.fill(s, width=30, initial_indent='> ', subsequent_indent='  '))
print(repr(textwrap.dedent('''
    a
      b
    c
''')), repr(textwrap.indent('a\n\nb\n', '# ')), textwrap.shorten('Hello  world, this is long', width=15), textwrap.wrap('supercalifragilisticexpialidocious word', 10), textwrap.wrap('', 5), textwrap.wrap('a\tb  c\nd', 4))
print(textwrap.wrap('well-known state-of-the-art multi-layer perceptrons -- really', 12))
print(textwrap.wrap('x' * 25, 10, break_long_words=False), textwrap.fill('one two three four five six', 10, max_lines=2))
print(textwrap.shorten('The learning rate controls the step size of gradient descent', 30, placeholder='...'))
print(textwrap.fill('深層学習 の 教科書 を 読む 学生 たち', 8))
print(repr(textwrap.dedent('  x\n\t y\n')), repr(textwrap.dedent('    def f():\n        return 1\n')))
print(textwrap.indent('a\nb', '+', lambda l: l.startswith('a')))
try: textwrap.wrap('x', 0)
except ValueError as e: print(e)
w = textwrap.TextWrapper(width=15, initial_indent='* ', subsequent_indent='  ')
print(w.fill('gradient descent with momentum converges faster'), w.width)
w.width = 25
print(w.wrap('gradient descent with momentum converges faster'))
