"""Regenerate docs/rules.md from the rule pages in src/lawgov/rules/docs/."""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[1]
HEADER = """# Rule reference

One page per rule, with what it checks, why (the regulation it enforces), an example
that fires, one that does not, and its limits. The same pages are printed by
`lawgov explain CODE`. Jurisdiction plugins document their own codes the same way.

| code | name | severity | what |
|---|---|---|---|
"""


def main() -> None:
    rows = []
    for page in sorted((ROOT / "src/lawgov/rules/docs").glob("*.md")):
        text = page.read_text("utf-8")
        code, name = re.match(r"# (\S+) (\S+)", text).groups()
        severity = re.search(r"Severity: \*\*(.+?)\*\*", text).group(1)
        what = text.split("## What it checks\n\n")[1].split("\n\n")[0].replace("\n", " ")
        rows.append(f"| [{code}](../src/lawgov/rules/docs/{page.name}) | {name} | {severity} | {what} |")
    (ROOT / "docs/rules.md").write_text(HEADER + "\n".join(rows) + "\n", "utf-8")


if __name__ == "__main__":
    main()
