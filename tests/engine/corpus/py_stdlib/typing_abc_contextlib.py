# typing names (reprs, annotations, Generic), abc (abstract-method refusal), contextlib suppress/nullcontext
import typing as t
from typing import List, Dict, Optional, Tuple, Callable, Any, Union, TypeVar, Generic
print(t.List, t.List[int], t.Dict[str, t.List[float]], t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Callable[[int, str], bool], t.Callable[..., int], t.Tuple[int, ...], t.Any, t.TypeVar('T'), t.Optional[t.List[int]], t.Set[str], t.Iterable[int], t.Type[int])
print(t.Union[int], t.Union[int, int], t.cast(int, 'x'), t.TYPE_CHECKING, t.Literal['a', 1], t.Sequence, t.Tuple[()], t.Tuple)
def f(x: List[int], y: Optional[Dict[str, float]] = None) -> Tuple[int, ...]:
    return tuple(x)
print(f([1, 2]))
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack(); s.push(3); print(s.items)
from abc import ABC, abstractmethod
class S(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def per(self): ...
class T2(S):
    def area(self): return 1
for c in [S, T2]:
    try: c()
    except TypeError as e: print(e)
class U(T2):
    def per(self): return 2
print(U().area(), isinstance(U(), S))
from contextlib import suppress, nullcontext
with suppress(KeyError):
    {}['x']
print('after')
with nullcontext(5) as v:
    print(v)
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError', e)
