"""Brazilian identifiers and contact points, validated and normalised the one way they are
stored: CNPJ as 14 digits (check digits verified), phones in E.164, domains lower case
without `www.`, CEP as 8 digits, CNAE as 7 digits. Each function raises ValueError with a
message a user can act on."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_NOT_DIGIT = re.compile(r"\D")
_CNPJ_WEIGHTS_1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_WEIGHTS_2 = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_DOMAIN_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# Area codes (DDD) in use in Brazil.
BRAZIL_AREA_CODES = frozenset({
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
    41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
    71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97,
    98, 99})
STATES = frozenset({"AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS",
                    "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC",
                    "SP", "SE", "TO"})


def digits(value: str) -> str:
    return _NOT_DIGIT.sub("", value)


def _check_digit(numbers: str, weights: tuple[int, ...]) -> str:
    rest = sum(int(n) * w for n, w in zip(numbers, weights, strict=True)) % 11
    return "0" if rest < 2 else str(11 - rest)


def cnpj_check_digits(base: str) -> str:
    """The two check digits of the first 12 digits of a CNPJ."""
    first = _check_digit(base, _CNPJ_WEIGHTS_1)
    return first + _check_digit(base + first, _CNPJ_WEIGHTS_2)


def normalize_cnpj(value: str) -> str:
    """`12.345.678/0001-95` -> `12345678000195`."""
    number = digits(value)
    if len(number) != 14:
        raise ValueError("a CNPJ has 14 digits")
    if number == number[0] * 14:
        raise ValueError("invalid CNPJ")
    if number[12:] != cnpj_check_digits(number[:12]):
        raise ValueError("invalid CNPJ check digits")
    return number


def normalize_phone(value: str) -> str:
    """A phone in E.164. Numbers without a country code are Brazilian: `(11) 98765-4321`
    -> `+5511987654321`; `+1 415 555 0100` keeps its country."""
    raw = value.strip()
    number = digits(raw)
    international = raw.startswith("+") or raw.startswith("00")
    if raw.startswith("00"):
        number = number[2:]
    if not international:
        number = number.lstrip("0")  # a trunk prefix: 0 11 ...
        if len(number) in (10, 11):
            number = "55" + number
    if not 8 <= len(number) <= 15 or number[0] == "0":
        raise ValueError("not a phone number (E.164 has 8 to 15 digits with the country code)")
    if number.startswith("55"):
        national = number[2:]
        if len(national) not in (10, 11) or int(national[:2]) not in BRAZIL_AREA_CODES:
            raise ValueError("not a Brazilian phone number (area code and 8 or 9 digits)")
        if len(national) == 11 and national[2] != "9":
            raise ValueError("a Brazilian mobile number starts with 9 after the area code")
    return "+" + number


def normalize_domain(value: str) -> str:
    """`https://WWW.Exemplo.com.br/contato` -> `exemplo.com.br`."""
    raw = value.strip().lower()
    host = urlsplit(raw if "://" in raw else f"//{raw}").hostname or ""
    host = host.removeprefix("www.").rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError("not a domain name") from exc
    labels = host.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels) \
            or labels[-1].isdigit():
        raise ValueError("not a domain name (e.g. empresa.com.br)")
    return host


def normalize_website(value: str) -> str:
    """A website as an https URL (`exemplo.com.br` -> `https://exemplo.com.br`)."""
    raw = value.strip()
    url = raw if "://" in raw else f"https://{raw}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError("a website is an http(s) address")
    normalize_domain(url)
    return url


def normalize_cep(value: str) -> str:
    number = digits(value)
    if len(number) != 8:
        raise ValueError("a CEP has 8 digits")
    return number


def normalize_cnae(value: str) -> str:
    """`5911-1/99` -> `5911199`."""
    number = digits(value)
    if len(number) != 7:
        raise ValueError("a CNAE subclass has 7 digits")
    return number


def normalize_state(value: str) -> str:
    state = value.strip().upper()
    if state not in STATES:
        raise ValueError("not a Brazilian state (UF)")
    return state


def fold(text: str) -> str:
    """Lower case without accents: how search text is stored and queried."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
