from fractions import Fraction

prior = {"sick": Fraction(1, 100), "healthy": Fraction(99, 100)}
likelihood = {"sick": Fraction(95, 100), "healthy": Fraction(5, 100)}
evidence = sum(prior[h] * likelihood[h] for h in prior)
print("P(+) =", evidence, float(evidence))
posterior = {h: prior[h] * likelihood[h] / evidence for h in prior}
for h, p in posterior.items():
    print(f"P({h}|+) = {p} = {float(p):.4f}")
print(sum(posterior.values()) == 1)
# second test positive
prior2 = posterior
ev2 = sum(prior2[h] * likelihood[h] for h in prior2)
post2 = {h: prior2[h] * likelihood[h] / ev2 for h in prior2}
print({h: str(p) for h, p in post2.items()})
print(f"{float(post2['sick']):.2%}")
dice = {k: Fraction(1, 6) for k in range(1, 7)}
E = sum(k * p for k, p in dice.items())
V = sum((k - E) ** 2 * p for k, p in dice.items())
print("E =", E, "V =", V, "sd ~", round(float(V) ** 0.5, 6))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(0.5).limit_denominator(10))
