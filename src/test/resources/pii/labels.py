"""Shared by the hand-written corpus scripts: the label markup, the type names, and the writer.

Markup as in corpus.jsonl: ⟦TYPE|value⟧; the Java loader turns it into text and UTF-16 spans.
The writer checks the checksummed values (a typo in a card number or IBAN fails the script
instead of the score) and that hard negatives carry no label, then prints JSON lines.
"""
import json
import re

E, P, C, I, S, IP, MAC, U, K, N, A, D, ID = ("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "MAC_ADDRESS",
                                             "URL_WITH_CREDENTIALS", "API_KEY_OR_SECRET", "PERSON", "STREET_ADDRESS",
                                             "DATE_OF_BIRTH", "PASSPORT_OR_ID")
NL = "\n"


def m(t, v):
    return "\u27e6%s|%s\u27e7" % (t, v)


def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def emit(prefix, cases):
    """Checks the cases, then prints one JSON line per case with the id PREFIX-KIND-NNN."""
    for kind, lang, hard, text in cases:
        for t, v in re.findall("\u27e6([A-Z_]+)\\|([^\u27e7]*)\u27e7", text):
            if t == C:
                assert luhn(v), v
            if t == I:
                assert iban_ok(v), v
        if hard:
            assert "\u27e6" not in text, text
    for i, (kind, lang, hard, text) in enumerate(cases):
        print(json.dumps({"id": "%s-%s-%03d" % (prefix, kind, i + 1), "lang": lang, "kind": kind, "hard_negative": hard,
                          "text": text}, ensure_ascii=False))


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def plain_and_labels(marked):
    """The text without markup and its labels, with UTF-16 offsets as Java counts them."""
    plain, labels, i = "", [], 0
    for mo in re.finditer("\u27e6([A-Z_]+)\\|([^\u27e7]*)\u27e7", marked):
        plain += marked[i:mo.start()]
        start = utf16_len(plain)
        plain += mo.group(2)
        labels.append({"type": mo.group(1), "start": start, "end": utf16_len(plain), "text": mo.group(2)})
        i = mo.end()
    return plain + marked[i:], labels


def emit_with_offsets(prefix, cases):
    """As emit, with each line also carrying "labels": [{type, start, end, text}] (UTF-16)."""
    import io
    import sys
    buf = io.StringIO()
    out, sys.stdout = sys.stdout, buf
    try:
        emit(prefix, cases)
    finally:
        sys.stdout = out
    for line in buf.getvalue().splitlines():
        row = json.loads(line)
        row["labels"] = plain_and_labels(row["text"])[1]
        print(json.dumps(row, ensure_ascii=False))
