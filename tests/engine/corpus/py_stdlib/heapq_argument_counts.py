# a heapq call with a missing item raises CPython's TypeError and leaves the list as it was (heappush(L) pushed a hole)
import heapq
L = [3, 1]
for f, args in [(heapq.heappush, (L,)), (heapq.heappush, (L, 1, 2)), (heapq.heappop, ()), (heapq.heappop, (L, L)), (heapq.heapify, ()), (heapq.heapreplace, (L,)), (heapq.heappushpop, (L,)), (heapq.heappush, ())]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
print(L)
heapq.heappush(L, 0)
print(L, heapq.heappop(L), heapq.heapreplace(L, 5), heapq.heappushpop(L, 0), L)
