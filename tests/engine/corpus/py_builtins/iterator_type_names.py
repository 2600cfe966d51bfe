# type(...).__name__ of the builtin iterators (list_iterator, dict_valueiterator, list_reverseiterator, ...)
import numpy as np
d = {1: 2}
its = [iter([1]), iter((1,)), iter("ab"), iter("é"), iter(range(3)), iter(d), iter(d.values()), iter(d.items()), iter({1}),
       reversed([1]), reversed((1,)), reversed(range(2)), reversed("ab"), reversed(d), zip([1], [2]), map(abs, [1]), filter(None, [1]),
       enumerate([1]), iter(np.arange(2)), iter(frozenset([1]))]
print([type(i).__name__ for i in its])
