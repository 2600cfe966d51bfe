def make_avg():
    series = []
    def avg(v):
        series.append(v)
        return sum(series) / len(series)
    return avg

avg = make_avg()
print(avg(10), avg(11), avg(12))

class Avg:
    def __init__(self):
        self.total = 0
        self.n = 0
    def __call__(self, v):
        self.total += v
        self.n += 1
        return self.total / self.n

a = Avg()
print(a(10), a(11), a(12))
