class Student:
    def __init__(self, name, score):
        self.name, self.score = name, score
    def __repr__(self):
        return f"{self.name}:{self.score}"
roster = [Student("ann", 90), Student("bob", 72), Student("cat", 90), Student("dan", 85)]
print(sorted(roster, key=lambda s: s.score))
print(sorted(roster, key=lambda s: (-s.score, s.name)))
print(max(roster, key=lambda s: s.score), min(roster, key=lambda s: s.score))
by_score = {}
for s in roster:
    by_score.setdefault(s.score, []).append(s.name)
print(by_score)
print([s.name for s in roster if s.score >= 85])
