"""Whole numbers in words, Kazakh and Russian, for the certification of R7.

"Осы журналда 12 (он екі) парақ ..." / "... 12 (двенадцать) листов". Up to 999 999.
"""

from __future__ import annotations

from collections.abc import Callable

_KK_ONES = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")

_RU_ONES_M = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь",
              "девять")
_RU_ONES_F = ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь",
              "девять")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
             "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
            "восемьдесят", "девяносто")
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот")

MAX = 999_999


def _in_words(n: int, zero: str, thousands: Callable[[int], list[str]],
              below_thousand: Callable[[int], list[str]]) -> str:
    """``n`` as the thousands' words (for 1 to 999 thousand) and those of the rest."""
    if not isinstance(n, int) or n < 0 or n > MAX:
        raise ValueError(f"number out of range: {n!r}")
    if n == 0:
        return zero
    high, rest = divmod(n, 1000)
    return " ".join((thousands(high) if high else []) + below_thousand(rest))


def _kk_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        # "жүз" alone for 100 ("бір жүз" is also met; the short form is the common one).
        words += ([_KK_ONES[hundreds]] if hundreds > 1 else []) + ["жүз"]
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(_KK_TENS[tens])
    if ones:
        words.append(_KK_ONES[ones])
    return words


def _kk_thousands(n: int) -> list[str]:
    return (_kk_below_thousand(n) if n > 1 else ["бір"]) + ["мың"]


def kk_words(n: int) -> str:
    """Kazakh: 245 -> "екі жүз қырық бес", 1000 -> "бір мың"."""
    return _in_words(n, "нөл", _kk_thousands, _kk_below_thousand)


def _ru_below_thousand(n: int, feminine: bool = False) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(_RU_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        words.append(_RU_TEENS[rest - 10])
        return words
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(_RU_TENS[tens])
    if ones:
        words.append((_RU_ONES_F if feminine else _RU_ONES_M)[ones])
    return words


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """Russian agreement: 1 лист, 2 листа, 5 листов, 11 листов, 21 лист."""
    n = abs(n) % 100
    if 11 <= n <= 14:
        return many
    last = n % 10
    if last == 1:
        return one
    if 2 <= last <= 4:
        return few
    return many


def _ru_thousands(n: int) -> list[str]:
    return [*_ru_below_thousand(n, feminine=True), ru_plural(n, "тысяча", "тысячи", "тысяч")]


def ru_words(n: int) -> str:
    """Russian, masculine (лист): 21 -> "двадцать один", 2000 -> "две тысячи"."""
    return _in_words(n, "ноль", _ru_thousands, _ru_below_thousand)


def ru_sheets(n: int) -> str:
    """The Russian noun for ``n`` sheets: лист / листа / листов."""
    return ru_plural(n, "лист", "листа", "листов")
