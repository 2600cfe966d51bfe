rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, -1.125)]
print(f"{'name':<8}{'n':>5}{'val':>10}")
for name, n, v in rows:
    print(f"{name:<8}{n:>5}{v:>10.3f}")
print("=" * 23)
total = sum(r[2] for r in rows)
print(f"{'total':<13}{total:>10.3f}")
