#!/usr/bin/env python3
"""Rewrite text lookups by string literal to typed keys, and list the rest.

    python3 scripts/convert_text_keys.py [--families] [--check]

Every `t("a.b")`, `lookup("a.b")` and `say("a.b", ...)` under src/ (bare or
as `text::t`, `crate::text::t`) becomes `t(k::A_B)` and so on, with
`use crate::text::k;` added to the file. The constant name follows build.rs
(upper case, `.` becoming `_`). A literal that is not a key of
locales/en.txt is left alone and reported.

It then reports, as file:line, what it cannot convert: keys built with
format! (hand edit with a family function from src/text/keys.rs), key
strings outside a call (hand edit to a constant, unless it is an id), and
calls with a variable (fine when it holds a Key). The script changes nothing
in src/text.rs or src/text/. Running it again is harmless.

With --families it also rewrites the keys built with format! in the shapes
today's code uses (`t(&format!("fit.{}", p.fit.id()))` becomes
`t(keys::fit(p.fit))`, and so on; see FAMILIES). The compiler then points
at what is left: a reference that needs `*`, a variable of the wrong type.

With --check it writes nothing and exits 1 when a literal is left to
convert or a key is built with format!.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
CALL = re.compile(r'(?<![\w.:])((?:(?:crate::)?text::)?)(t|lookup|say)\(\s*"([^"\\]*)"')
ANY_CALL = re.compile(r"(?<![\w.:])(?:(?:crate::)?text::)?(t|lookup|say)\(\s*([^)\s]*)")
LITERAL = re.compile(r'"([a-z][a-z0-9_]*\.[a-z0-9_.]+)"')
TYPED = ("k::", "keys::", "text::k::", "crate::text::k::")

# --families: keys built with format! in the shapes today's code uses, and
# the text::keys function that builds each (the expression before `.id()` is
# passed as it is: the compiler asks for a `*` where it is a reference).
PART = {"name": "Name", "what": "What", "who": "Who", "how": "How", "relief": "Relief",
        "risks": "Risks"}
FAMILIES = [
    (r'&format!\("procedure\.\{\}\.(\w+)", ([\w.*]+)\.id\(\)\)',
     lambda m: f"keys::procedure({m.group(2)}, keys::ProcedurePart::{PART[m.group(1)]})"),
    (r'&format!\("q\.\{\}", ([\w.]+)\)', r"keys::question(\1)"),
    (r'&format!\("q\.\{\}\.help", ([\w.]+)\)', r"keys::question_help(\1)"),
    (r'&format!\("step\.\{\}\.title", ([\w.]+)\)', r"keys::step_title(\1)"),
    (r'&format!\("step\.\{\}\.intro", ([\w.]+)\)', r"keys::step_intro(\1)"),
    (r'&format!\("opt\.region\.\{\}", ([\w.*]+)\.id\(\)\)', r"keys::region(\1)"),
    (r'&format!\("opt\.\{(\w+)\}\.\{(\w+)\}"\)', r"keys::option(\1, \2)"),
    (r'&format!\("\{(\w+)\}\.\{(\w+)\}"\)', r"keys::scale_point(\1, \2)"),
    (r'&format!\("\{(\w+)\}\.low"\)', r"keys::scale_low(\1)"),
    (r'&format!\("\{(\w+)\}\.high"\)', r"keys::scale_high(\1)"),
    (r'&format!\("source\.\{(\w+)\}"\)', r"keys::source(\1)"),
    (r'&format!\("ui\.language\.\{(\w+)\}"\)', r"keys::language_name(\1)"),
    (r'&format!\("clinic\.setting\.\{(\w+)\}"\)', r"keys::clinic_setting(\1)"),
    (r'&format!\("summary\.label\.\{(\w+)\}"\)', r"keys::summary_label(\1)"),
    (r'&format!\("urgency\.\{\}\.(title|body)", ([\w.*]+)\.id\(\)\)', r"keys::urgency_\1(\2)"),
    (r'&format!\("(fit|candidacy|specialist|support)\.\{\}", ([\w.*]+)\.id\(\)\)', r"keys::\1(\2)"),
]


def english_keys():
    keys = set()
    for line in (ROOT / "locales" / "en.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            keys.add(line.split("=", 1)[0].strip())
    return keys


def const_name(key):
    return key.replace(".", "_").upper()


def add_import(src, name="k"):
    """Import `name` (`k` or `keys`) from crate::text: into the file's top-level
    `use crate::text::...;` line when it has one, else on a line of its own
    after the last top-level `use crate::` (rustfmt sorts it into place)."""
    if re.search(rf"^\s*use crate::text::({name}|\{{[^}}]*\b{name}\b[^}}]*\}});", src, re.M):
        return src
    braces = re.search(r"^use crate::text::\{([^}]*)\};", src, re.M)
    if braces:
        names = ", ".join([name] + [n.strip() for n in braces.group(1).split(",") if n.strip()])
        return src[:braces.start(1)] + names + src[braces.end(1):]
    single = re.search(r"^use crate::text::(\w+);", src, re.M)
    if single:
        return src[:single.start(1)] + "{" + name + ", " + single.group(1) + "}" + src[single.end(1):]
    last = None
    for m in re.finditer(r"^use crate::[^;]*;\n", src, re.M):
        last = m
    if last:
        at = last.end()
    else:
        first = re.search(r"^use ", src, re.M)
        at = first.start() if first else 0
    return src[:at] + f"use crate::text::{name};\n" + src[at:]


def line_of(src, index):
    return src.count("\n", 0, index) + 1


def convert(path, known, report, families):
    src = path.read_text(encoding="utf-8")

    def swap(m):
        prefix, name, key = m.group(1), m.group(2), m.group(3)
        if key not in known:
            report["unknown"].append(f"{path.relative_to(ROOT)}:{line_of(src, m.start())}: "
                                     f"{m.group(0)}")
            return m.group(0)
        return f"{prefix}{name}(k::{const_name(key)}"

    new = CALL.sub(swap, src)
    if new != src:
        new = add_import(new)
    if families:
        built = new
        for pattern, replacement in FAMILIES:
            new = re.sub(pattern, replacement, new)
        if new != built:
            new = add_import(new, "keys")
    return src, new


def leftovers(path, src, known, report):
    """Sort what the script cannot convert into report["built"] (keys made
    with format!: use a text::keys family), report["literal"] (a key string
    outside a call: make it a k:: constant) and report["variable"] (a
    variable or expression: fine if it holds a Key, the compiler decides)."""
    rel = path.relative_to(ROOT)

    def line_text(index):
        return src[src.rfind("\n", 0, index) + 1:src.find("\n", index)].strip()[:100]

    for m in ANY_CALL.finditer(src):
        if src[max(0, m.start() - 3):m.start()].endswith("fn "):
            continue
        arg = m.group(2)
        if arg.startswith(TYPED):
            continue
        kind = "built" if "format!" in arg else "variable"
        report[kind].append(f"{rel}:{line_of(src, m.start())}: {line_text(m.start())}")
    for m in LITERAL.finditer(src):
        if m.group(1) in known:
            report["literal"].append(f"{rel}:{line_of(src, m.start())}: {line_text(m.start())}")


HEADINGS = {
    "unknown": "literal keys that are not in en.txt (left as they were)",
    "built": "keys built with format!: hand edit, with a family from src/text/keys.rs",
    "literal": "key strings outside t/lookup/say: hand edit to a text::k constant "
               "(unless the string is an id, not a text)",
    "variable": "calls with a variable or expression: nothing to do if it holds a Key "
                "(the compiler says so)",
}


def main():
    check = "--check" in sys.argv[1:]
    families = "--families" in sys.argv[1:]
    known = english_keys()
    report, changed = {kind: [] for kind in HEADINGS}, []
    for path in sorted(SRC.rglob("*.rs")):
        if path == SRC / "text.rs" or SRC / "text" in path.parents:
            continue
        old, new = convert(path, known, report, families)
        if new != old:
            changed.append(path.relative_to(ROOT))
            if not check:
                path.write_text(new, encoding="utf-8")
        leftovers(path, new, known, report)
    verb = "would convert" if check else "converted"
    print(f"{verb} literal keys in {len(changed)} files: " + ", ".join(map(str, changed)))
    for kind, heading in HEADINGS.items():
        if report[kind]:
            print(f"\n{len(report[kind])} {heading}:")
            print("\n".join(report[kind]))
    if check and (changed or report["unknown"] or report["built"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
