"""Regenerate course/exam_*.py and course/exercise_*.py from the exam items and code
exercises under exercises/ (a snapshot: re-run after those change, then record)."""
import yaml, os, textwrap
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(HERE, "../../../../exercises"))
out = os.path.normpath(os.path.join(HERE, "../course"))
def ind(s, n=4):
    return textwrap.indent(s.rstrip("\n") + "\n", " " * n)
for q in sorted(os.listdir(f"{root}/questions")):
    if not q.endswith("-code"):
        continue
    d = yaml.safe_load(open(f"{root}/questions/{q}/item.yaml"))
    a = d["answer"]
    tpl = d["template"]
    setup = a["setup"].replace("import numpy as np\n", "")
    variants = [("reference", a["reference"])] + [("wrong", w) for w in a.get("wrong", [])[:1]]
    body = f"# Snapshot of the exam item exercises/questions/{q}: its setup and template, with the\n# reference answer (and one wrong answer) filled in, for the grader's seeds.\nimport numpy as np\n\nfor SEED in range(3):\n"
    body += ind(setup)
    for label, ans in variants:
        code = tpl.replace("____", ans)
        prints = "".join(f"print(SEED, {label!r}, {name!r}, np.asarray({name}).shape, np.asarray({name}).tolist())\n" for name in a["compare"])
        if label == "reference":
            body += ind(code) + ind(prints)
        else:
            body += "    try:\n" + ind(code + prints, 8) + "    except Exception as e:\n        print(SEED, 'wrong', type(e).__name__, e)\n"
    open(f"{out}/exam_{q.replace('-', '_')}.py", "w").write(body)
for ex in sorted(os.listdir(f"{root}/code")):
    y = yaml.safe_load(open(f"{root}/code/{ex}/exercise.yaml"))
    names = []
    for t in y["tests"]:
        for n in t["compare"]:
            if n not in names:
                names.append(n)
    setup = open(f"{root}/code/{ex}/setup.py").read().replace("import numpy as np\n", "")
    sol = open(f"{root}/code/{ex}/solution.py").read()
    body = f"# Snapshot of the code exercise exercises/code/{ex}: setup.py + solution.py for the grader's seeds.\nimport numpy as np\n\nfor SEED in range(3):\n" + ind(setup) + ind(sol)
    for n in names:
        body += f"    print(SEED, {n!r}, np.asarray({n}).shape, np.asarray({n}).tolist())\n"
    open(f"{out}/exercise_{ex.replace('-', '_')}.py", "w").write(body)
print("ok")
