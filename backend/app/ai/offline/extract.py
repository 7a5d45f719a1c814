"""Regex extraction of contact data from free text: e-mails, Brazilian phone numbers, CNPJs
(check digits verified, so a random 14-digit number is not reported) and URLs."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\+?55[\s-]?)?\(?([1-9]\d)\)?[\s-]?(9?\d{4})[\s-]?(\d{4})(?!\d)")
CNPJ = re.compile(r"(?<!\d)(\d{2})\.?(\d{3})\.?(\d{3})/?(\d{4})-?(\d{2})(?!\d)")
URL = re.compile(r"\bhttps?://[^\s<>\"')]+|\bwww\.[^\s<>\"')]+", re.I)


def _cnpj_valid(digits: str) -> bool:
    if len(digits) != 14 or len(set(digits)) == 1:
        return False

    def check(base: str, weights: list[int]) -> str:
        rest = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
        return "0" if rest < 2 else str(11 - rest)

    first = check(digits[:12], [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    second = check(digits[:12] + first, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return digits[12:] == first + second


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def extract(text: str) -> dict[str, list[str]]:
    """Contacts found in `text`, phones as +55DDDNUMBER and CNPJs as digits."""
    without_cnpj = CNPJ.sub(" ", text)
    cnpjs = ["".join(m.groups()) for m in CNPJ.finditer(text)]
    return {
        "emails": _unique([e.lower() for e in EMAIL.findall(text)]),
        "phones": _unique(["+55" + "".join(m.groups()) for m in PHONE.finditer(without_cnpj)]),
        "cnpjs": _unique([c for c in cnpjs if _cnpj_valid(c)]),
        "urls": _unique([u.rstrip(".,;") for u in URL.findall(text)]),
    }
