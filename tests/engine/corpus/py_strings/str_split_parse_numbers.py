line = "3.5, -2, 1e-3 , 7"
nums = [float(x) for x in line.split(",")]
print(nums, sum(nums), max(nums))
csv = "name,score\nann,90\nbob,85\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
header, data = rows[0], rows[1:]
print(header, [(n, int(s)) for n, s in data])
print("  a  b  ".split(" "), "a,b,".split(","), "".split(","), "x".split("x"))
print("key=value=more".split("=", 1), "a b".partition(" "), "2024-01-31".split("-"))
