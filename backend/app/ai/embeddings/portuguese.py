"""Portuguese text to comparable terms: accents folded, stopwords dropped, a light stemmer
(plural and gender endings) so that "produtoras", "produtora" and "produtor" meet."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[a-z0-9]+")

STOPWORD_TEXT = """
a ao aos as ate com como da das de dela dele deles do dos e ela elas ele eles em entre era
essa esse esta estao este eu foi for ha isso isto ja la lhe mais mas me mesmo meu minha muito
na nao nas nem no nos nossa nosso num numa o os ou para pela pelas pelo pelos por qual quando
que quem se sem ser seu seus so sua suas tambem te tem tu um uma umas uns voce voces vos
"""
STOPWORDS = frozenset(STOPWORD_TEXT.split())

# (suffix, replacement), first match wins; plural endings before gender endings
PLURALS = (("oes", "ao"), ("aes", "ao"), ("ais", "al"), ("eis", "el"), ("ois", "ol"),
           ("ns", "m"), ("res", "r"), ("zes", "z"), ("ses", "s"), ("s", ""))
GENDER_ENDINGS = ("a", "o", "e")
MIN_STEM = 3


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str) -> str:
    for suffix, replacement in PLURALS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith(GENDER_ENDINGS) and len(word) > MIN_STEM + 1:
        word = word[:-1]
    return word


def terms(text: str) -> list[str]:
    """Stems of the content words of `text`, in order (numbers kept as they are)."""
    return [word if word.isdigit() else stem(word)
            for word in WORD.findall(fold(text)) if word not in STOPWORDS]
